// SPDX-License-Identifier: GPL-3.0-or-later
// eavesdropperpanel.h — "Eva's capture": what an eavesdropper on the network
// reads (a scenario's "eavesdropper eva between fran servidor.edu").
//
// Every line in clear that crossed her links so far, in order, with the
// direction and the hosts, a password or AUTH data marked; for what went
// inside TLS only the records: their content type, length and first octets
// in hex, never the plaintext. It follows the timeline: live it grows as
// lines are released; at a past moment (the map's momentChanged) it shows
// only what had crossed by then.
#pragma once

#include "transcript/wirecapture.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;
class World;

class EavesdropperPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EavesdropperPanel(QWidget *parent = nullptr);

    // The world whose scenario declares the eavesdroppers (nullptr: none).
    void setWorld(World *world);
    // Whether the world's scenario declares any eavesdropper.
    bool hasEavesdroppers() const { return !m_names.isEmpty(); }
    // Shows this eavesdropper's capture (a declared name).
    void showEavesdropper(const QString &name);
    QString eavesdropper() const { return m_name; }
    // Follows the cursor: only what had crossed by this event (-1: live).
    void showMoment(qsizetype event);

    // What the panel lists now, as plain text (for tests).
    QString captureText() const;
    // The entries listed now.
    const QList<WireCapture::Entry> &entries() const { return m_entries; }

Q_SIGNALS:
    // Another eavesdropper's capture is shown (or none, with the world).
    void eavesdropperChanged(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void grew(qsizetype first, qsizetype last);
    QString entryHtml(const WireCapture::Entry &entry) const;
    QList<WireCapture::Link> links() const;

    QPointer<World> m_world;
    QMetaObject::Connection m_growth;
    QStringList m_names;
    QString m_name;
    qsizetype m_moment = -1;
    qsizetype m_scanned = 0; // live: transcript events already looked at
    QList<WireCapture::Entry> m_entries;
    QComboBox *m_choice = nullptr;
    QLabel *m_heading = nullptr;
    QTextBrowser *m_text = nullptr;
};
