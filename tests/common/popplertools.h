#pragma once

#include "processrunner.h"

#include <QChar>
#include <QString>
#include <QStringList>

// PDFs read back with the real poppler-utils tools, for the tests of the briefing and the
// training report.

// Output of a poppler tool (pdfinfo, pdftotext, pdftoppm), or an empty string when it is not
// installed or fails.
inline QString poppler(const QString &tool, const QStringList &arguments)
{
    const ProcessResult result =
        runProcess(tool, arguments, QProcessEnvironment::systemEnvironment(), 60000);
    return result.exitCode == 0 ? result.out : QString();
}

// The text of a PDF (pdftotext), with the font's ligatures, which it gives as such
// ("brie\uFB01ng"), undone; empty when poppler cannot read it.
inline QString pdfText(const QString &path)
{
    return poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"))
        .replace(QChar(0xFB00), QStringLiteral("ff"));
}
