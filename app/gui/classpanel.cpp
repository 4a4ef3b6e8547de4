// SPDX-License-Identifier: GPL-3.0-or-later
// classpanel.cpp — the class's table: built from the grader's students and
// checks, a row brought up to date at each studentChanged(), the selection
// passed on to the window (which filters the timeline).
#include "classpanel.h"

#include "classroom/classgrader.h"
#include "scenario/scenario.h"
#include "transcript/notes.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QColor passedColor(0x1b, 0x7f, 0x3b);
const QColor passedBackground(0xd8, 0xf3, 0xdc);
const QColor pendingColor(0xa0, 0x3a, 0x3a);

QTableWidgetItem *newItem()
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString clockTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime().toString(QStringLiteral("hh:mm:ss"));
}

} // namespace

ClassPanel::ClassPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("classSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_quiz = new QLabel(this);
    m_quiz->setObjectName(QStringLiteral("classQuiz"));
    m_quiz->setWordWrap(true);
    m_quiz->setVisible(false);
    layout->addWidget(m_quiz);
    // The address on a line of its own, never wrapped (a label wraps a URL
    // at its slashes, "http://" then the rest, whatever the markup says):
    // the panel is as wide as the address at least.
    m_quizAddressLabel = new QLabel(this);
    m_quizAddressLabel->setObjectName(QStringLiteral("classQuizAddress"));
    m_quizAddressLabel->setWordWrap(false);
    m_quizAddressLabel->setTextFormat(Qt::PlainText);
    m_quizAddressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont addressFont = m_quizAddressLabel->font();
    addressFont.setBold(true);
    if (addressFont.pointSizeF() > 0)
        addressFont.setPointSizeF(addressFont.pointSizeF() * 1.15);
    m_quizAddressLabel->setFont(addressFont);
    m_quizAddressLabel->setVisible(false);
    layout->addWidget(m_quizAddressLabel);
    auto *top = new QHBoxLayout;
    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("classFilter"));
    m_shown->setWordWrap(true);
    top->addWidget(m_shown, 1);
    m_wholeClass = new QPushButton(this);
    m_wholeClass->setObjectName(QStringLiteral("wholeClass"));
    m_wholeClass->setEnabled(false);
    top->addWidget(m_wholeClass);
    layout->addLayout(top);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("classTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    // One line per student: sizing rows to their contents would measure
    // every row at every change, with a class typing ten times a second.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) { rowClicked(row); });
    connect(m_wholeClass, &QPushButton::clicked, this, [this] { selectStudent(-1); });
    retranslate();
}

void ClassPanel::setGrader(ClassGrader *grader, const QString &language)
{
    if (m_grader)
        disconnect(m_grader, nullptr, this, nullptr);
    m_grader = grader;
    m_language = language;
    m_selected = -1;
    if (grader) {
        connect(grader, &ClassGrader::studentChanged, this, &ClassPanel::updateStudent);
        connect(grader, &ClassGrader::checkPassed, this,
                [this](int student, int) { updateStudent(student); });
        connect(grader, &ClassGrader::connectionAttributed, this, [this](int, int student) {
            if (student >= 0 && student == m_selected)
                Q_EMIT selectionChanged(); // one more session of theirs to show
        });
    }
    rebuild();
    Q_EMIT selectionChanged();
}

void ClassPanel::setLanguage(const QString &language)
{
    m_language = language;
    retranslate();
}

int ClassPanel::passedColumn() const
{
    return firstCheckColumn + int(m_grader ? m_grader->checks().size() : 0);
}

int ClassPanel::activityColumn() const
{
    return passedColumn() + 1;
}

int ClassPanel::predictionsColumn() const
{
    return activityColumn() + 1;
}

void ClassPanel::rebuild()
{
    m_table->clear();
    const int students = m_grader ? int(m_grader->students().size()) : 0;
    m_table->setColumnCount(predictionsColumn() + 1);
    m_table->setRowCount(students);
    for (int s = 0; s < students; ++s) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            QTableWidgetItem *item = newItem();
            if (c >= firstCheckColumn) // ✓/✗, passed n/N, the time
                item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(s, c, item);
        }
        updateStudent(s);
    }
    retranslate();
    // "students 30 on 2esi.org": each name is the user; one column says it.
    bool namesAreUsers = true;
    if (m_grader) {
        for (const ClassGrader::Student &s : m_grader->students())
            namesAreUsers = namesAreUsers && s.name == s.login;
    }
    m_table->setColumnHidden(userColumn, namesAreUsers);
    m_table->setColumnHidden(predictionsColumn(), !m_predictionsAsked);
    m_table->resizeColumnsToContents();
}

void ClassPanel::setPredictionsAsked(bool asked)
{
    m_predictionsAsked = asked;
    if (m_grader)
        m_table->setColumnHidden(predictionsColumn(), !asked);
}

int ClassPanel::preferredWidth() const
{
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_table->columnCount(); ++c)
        width += m_table->isColumnHidden(c) ? 0 : m_table->columnWidth(c);
    const QMargins margins = layout()->contentsMargins();
    return width + margins.left() + margins.right();
}

void ClassPanel::setQuizAddress(const QString &url)
{
    m_quizAddress = url;
    retranslate();
}

void ClassPanel::retranslate()
{
    m_quiz->setVisible(!m_quizAddress.isEmpty());
    m_quiz->setText(m_quizAddress.isEmpty() ? QString() : tr("The class answers the questions at:"));
    m_quizAddressLabel->setVisible(!m_quizAddress.isEmpty());
    m_quizAddressLabel->setText(m_quizAddress);
    m_wholeClass->setText(tr("Whole class"));
    QStringList headers{tr("Student"), tr("User")};
    if (m_grader) {
        for (const ClassGrader::Check &check : m_grader->checks())
            headers.append(check.key());
    }
    headers << tr("Passed") << tr("Last activity") << tr("Predictions");
    m_table->setHorizontalHeaderLabels(headers);
    if (m_grader) {
        const QList<ClassGrader::Check> &checks = m_grader->checks();
        for (int c = 0; c < checks.size(); ++c) {
            const ClassGrader::Check &check = checks.at(c);
            const ClassGrader::Exercise &exercise = m_grader->exercises().at(check.exercise - 1);
            if (QTableWidgetItem *header = m_table->horizontalHeaderItem(firstCheckColumn + c)) {
                header->setToolTip(
                    tr("Exercise %1: %2").arg(check.exercise).arg(Scenario::pick(exercise.goal, m_language))
                    + QLatin1Char('\n')
                    + tr("Check %1: %2").arg(check.key(), Notes::expand(check.description)));
            }
        }
        if (QTableWidgetItem *header = m_table->horizontalHeaderItem(passedColumn()))
            header->setToolTip(tr("Checks passed, of %1").arg(checks.size()));
        if (QTableWidgetItem *header = m_table->horizontalHeaderItem(activityColumn()))
            header->setToolTip(tr("The time of the student's last line to a server"));
        if (QTableWidgetItem *header = m_table->horizontalHeaderItem(predictionsColumn()))
            header->setToolTip(tr("Predict the reply: questions answered right, of those asked of the class "
                                  "(on the quiz page)"));
        for (int s = 0; s < m_table->rowCount(); ++s)
            updateStudent(s);
    }
    updateSummary();
}

namespace {

// Only what changed: each set emits a change the view lays out and paints,
// and a class at work changes a row several times a second.
void setCell(QTableWidgetItem *item, const QString &text, const QString &toolTip)
{
    if (item->text() != text)
        item->setText(text);
    if (item->toolTip() != toolTip)
        item->setToolTip(toolTip);
}

} // namespace

void ClassPanel::updateStudent(int student)
{
    if (!m_grader || student < 0 || student >= m_grader->students().size() || student >= m_table->rowCount())
        return;
    const ClassGrader::Student &s = m_grader->students().at(student);
    setCell(m_table->item(student, nameColumn), s.name, QString());
    setCell(m_table->item(student, userColumn), s.login, s.address);
    for (int c = 0; c < s.passedAt.size(); ++c) {
        QTableWidgetItem *cell = m_table->item(student, firstCheckColumn + c);
        const bool passed = s.passedAt.at(c) > 0;
        setCell(cell, passed ? QStringLiteral("✓") : QStringLiteral("✗"),
                passed ? tr("%1 passed check %2 at %3")
                             .arg(s.login, m_grader->checks().at(c).key(), clockTime(s.passedAt.at(c)))
                       : tr("%1 has not passed check %2 yet").arg(s.login, m_grader->checks().at(c).key()));
        if (cell->data(Qt::UserRole) != QVariant(passed)) {
            cell->setForeground(passed ? passedColor : pendingColor);
            cell->setBackground(passed ? QBrush(passedBackground) : QBrush());
            cell->setData(Qt::UserRole, passed);
        }
    }
    setCell(m_table->item(student, passedColumn()),
            QStringLiteral("%1/%2").arg(s.passedCount()).arg(m_grader->checks().size()), QString());
    setCell(m_table->item(student, activityColumn()),
            s.lastActivity > 0 ? clockTime(s.lastActivity) : QStringLiteral("—"),
            s.lastActivity > 0 ? QString() : tr("No session yet"));
    QTableWidgetItem *predictions = m_table->item(student, predictionsColumn());
    setCell(predictions,
            s.predictionsAsked > 0 ? QStringLiteral("%1/%2").arg(s.predictionsRight).arg(s.predictionsAsked)
                                   : QStringLiteral("—"),
            s.predictionsAsked > 0 ? tr("%1 answered %2 of %3 questions, %4 right")
                                         .arg(s.login)
                                         .arg(s.predictionsAnswered)
                                         .arg(s.predictionsAsked)
                                         .arg(s.predictionsRight)
                                   : tr("No question asked yet"));
    if (predictions->data(Qt::UserRole) != QVariant(s.predictionsRight))
        predictions->setData(Qt::UserRole, s.predictionsRight);
    updateSummary();
}

void ClassPanel::updateSummary()
{
    if (!m_grader) {
        m_summary->setText(QString());
        m_shown->setText(QString());
        return;
    }
    const QList<ClassGrader::Student> &students = m_grader->students();
    int active = 0;
    int done = 0;
    for (const ClassGrader::Student &s : students) {
        active += s.lastActivity > 0 ? 1 : 0;
        done += !m_grader->checks().isEmpty() && s.passedCount() == m_grader->checks().size() ? 1 : 0;
    }
    m_summary->setText(
        tr("Students: %1 · at work: %2 · every check passed: %3").arg(students.size()).arg(active).arg(done));
    // A class with private worlds: a student's is shown whole, and "Whole
    // class" goes back to the class's own world.
    const bool privateWorlds = m_grader->privateWorld(0) != nullptr;
    if (m_selected >= 0 && m_selected < students.size())
        m_shown->setText(
            m_grader->privateWorld(m_selected)
                ? tr("The timeline shows %1's own world.").arg(students.at(m_selected).login)
                : tr("The timeline shows only %1's sessions.").arg(students.at(m_selected).login));
    else
        m_shown->setText(privateWorlds ? tr("Click a student to see their own world.")
                                       : tr("Click a student to see only their sessions."));
    m_wholeClass->setToolTip(privateWorlds ? tr("Show the class's world on the timeline again")
                                           : tr("Show every student's sessions on the timeline"));
}

void ClassPanel::rowClicked(int row)
{
    selectStudent(row == m_selected ? -1 : row);
}

void ClassPanel::selectStudent(int student)
{
    if (!m_grader || student >= m_grader->students().size())
        student = -1;
    if (student < -1)
        student = -1;
    if (student == m_selected) {
        if (student < 0)
            m_table->clearSelection();
        return;
    }
    m_selected = student;
    if (student < 0)
        m_table->clearSelection();
    else
        m_table->selectRow(student);
    m_wholeClass->setEnabled(student >= 0);
    updateSummary();
    Q_EMIT selectionChanged();
}

QSet<int> ClassPanel::selectedConnections() const
{
    if (!m_grader || m_selected < 0 || m_selected >= m_grader->students().size())
        return {};
    const QList<int> &connections = m_grader->students().at(m_selected).connections;
    return QSet<int>(connections.cbegin(), connections.cend());
}

void ClassPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
