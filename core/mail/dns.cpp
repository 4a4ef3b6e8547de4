#include "dns.h"

#include <algorithm>

void Dns::addMx(const QString &domain, const QString &host, int preference)
{
    m_mx[domain.toLower()].append({host.toLower(), preference});
}

QList<Dns::MxRecord> Dns::lookupMx(const QString &domain) const
{
    QList<MxRecord> records = m_mx.value(domain.toLower());
    std::stable_sort(records.begin(), records.end(),
                     [](const MxRecord &a, const MxRecord &b) { return a.preference < b.preference; });
    return records;
}
