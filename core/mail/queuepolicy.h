// SPDX-License-Identifier: GPL-3.0-or-later
// queuepolicy.h — how long a server's outgoing queue keeps trying.
//
// A deferred message (a 4xx, a refused connection) is tried again after
// retryBaseMs, then after twice that, four times that … (RFC 5321 §4.5.4.1
// asks for a growing wait); after maximumAttempts tries it bounces to its
// sender. Each MailServer is given one (World::Options::queue; --retry sets
// the base).
#pragma once

struct QueuePolicy {
    int retryBaseMs = 2000; // first retry of a deferred message; doubles each time
    int maximumAttempts = 5; // then the message bounces
};
