// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/ModelTestWarnings.h"

#include <QByteArrayView>
#include <QLoggingCategory>

namespace stillpoint::test {

namespace {

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "qt.modeltest" && type != QtDebugMsg
        && type != QtInfoMsg)
        g_messages.append(message);
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

ModelTestWarnings::ModelTestWarnings()
{
    g_messages.clear();
    g_previousHandler = qInstallMessageHandler(collect);
}

ModelTestWarnings::~ModelTestWarnings()
{
    qInstallMessageHandler(g_previousHandler);
}

const QStringList &ModelTestWarnings::messages() const
{
    return g_messages;
}

} // namespace stillpoint::test
