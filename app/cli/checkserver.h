// SPDX-License-Identifier: GPL-3.0-or-later
// checkserver.h — `carteiro --check-server ADDRESS`: the course's checks
// against a student's installed Postfix and Dovecot (core/classroom/servercheck.h).
#pragma once

#include "classroom/servercheck.h"

namespace CommandLine {
// Prints one line per check in the interface language; 0 when every check
// holds, 1 when one fails.
int checkServer(const ServerCheck::Options &options);
} // namespace CommandLine
