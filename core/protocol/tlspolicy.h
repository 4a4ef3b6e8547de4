// SPDX-License-Identifier: GPL-3.0-or-later
// tlspolicy.h — when a client engine asks for TLS with STARTTLS/STLS.
//
// The levels are Postfix's smtp_tls_security_level, which the course's
// relays would be configured with. None is the default so that a scenario
// that says nothing about TLS talks exactly as before (the course's
// transcripts have no STARTTLS in them).
#pragma once

enum class TlsPolicy {
    None, // never STARTTLS, even when the server offers it
    May, // opportunistic: STARTTLS when offered, else (or when refused) in clear
    Encrypt // STARTTLS required: without it the client does not go on in clear
};
