// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_scenarioparser.cpp — ScenarioParser fed any file a teacher may write.
//
// Input: the file's bytes. The file is named as if it were one of the
// built-in scenarios (":/scenarios/fuzz.scenario", the course's scenarios are
// linked in), so "attach foto-praia.png" finds a real file and any other name
// is reported missing. Checked besides the sanitizers: a scenario comes back
// or errors do, never neither silently wrong: each error names the file, a
// line within it and a message, and there are at most MaximumErrors (+1 for
// the "too many errors" note).
#include "fuzzsupport.h"
#include "scenario/scenarioparser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral(":/scenarios/fuzz.scenario");
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(fileName, content, &errors);
    Q_UNUSED(scenario);
    const qsizetype lineCount = content.count('\n') + 1;
    FUZZ_CHECK(errors.size() <= ScenarioParser::MaximumErrors + 1);
    for (const ScenarioError &error : std::as_const(errors)) {
        FUZZ_CHECK(!error.message.isEmpty());
        FUZZ_CHECK(error.location.line >= 0);
        FUZZ_CHECK(error.location.line <= lineCount);
        FUZZ_CHECK(!error.toString().isEmpty());
    }
    return 0;
}
