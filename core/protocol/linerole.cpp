// SPDX-License-Identifier: GPL-3.0-or-later
// linerole.cpp — the names line roles have in world files and in --json.
#include "linerole.h"

#include <QByteArray>

#include <iterator>

namespace LineRoles {

namespace {
// In the enum's order.
const char *const names[] = {
    "",        "greeting",       "command",     "reply",        "auth-response",
    "content", "end-of-content", "listing",     "untagged",     "continuation",
    "literal", "request-line",   "status-line", "header-field", "body",
};
static_assert(std::size(names) == size_t(LineRole::Body) + 1, "one name per role");
} // namespace

const char *name(LineRole role)
{
    return names[size_t(role)];
}

LineRole fromName(const QByteArray &name)
{
    for (size_t i = 1; i < std::size(names); ++i) {
        if (name == names[i])
            return LineRole(i);
    }
    return LineRole::Unknown;
}

} // namespace LineRoles
