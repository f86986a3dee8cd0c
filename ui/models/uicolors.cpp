// SPDX-License-Identifier: GPL-3.0-or-later
#include "uicolors.h"

#include <QGuiApplication>
#include <QPalette>

namespace MailTriage {

namespace {
    QColor pickColor(const char* light, const char* dark)
    {
        return QColor::fromString(QLatin1String(UiColors::isDark() ? dark : light));
    }
} // namespace

bool UiColors::isDark()
{
    const QPalette p = QGuiApplication::palette();
    return p.color(QPalette::Window).lightness() < 128;
}

QColor UiColors::severity(Severity s)
{
    switch (s) {
    case Severity::High:
        return pickColor("#c0262d", "#ff6b6b");
    case Severity::Medium:
        return pickColor("#c26a00", "#ffb454");
    case Severity::Low:
        return pickColor("#8a7a00", "#e6d45c");
    case Severity::Info:
        break;
    }
    return pickColor("#4a6785", "#9db7d5");
}

QColor UiColors::attacker()
{
    return pickColor("#d2371e", "#ff7a5c");
}

QColor UiColors::unknown()
{
    return pickColor("#6b6b6b", "#a8a8a8");
}

QColor UiColors::party(int index)
{
    static const char* const light[] = { "#1f5fa8", "#1d7a4c", "#7048a8", "#8a5a14", "#0f7c85", "#8c3e6e" };
    static const char* const dark[] = { "#7fb2ff", "#6fd39c", "#c0a0ff", "#e3b46b", "#6fd6df", "#e59ac8" };
    const int i = qAbs(index) % 6;
    return pickColor(light[i], dark[i]);
}

QColor UiColors::pass()
{
    return pickColor("#1b6e2f", "#7fe08f");
}

QColor UiColors::fail()
{
    return pickColor("#b3121a", "#ff8080");
}

QColor UiColors::neutral()
{
    return pickColor("#5c5c5c", "#b8b8b8");
}

QColor UiColors::passBackground()
{
    return pickColor("#dcf3e0", "#1f3d26");
}

QColor UiColors::failBackground()
{
    return pickColor("#fbdcdc", "#4a1f22");
}

QColor UiColors::neutralBackground()
{
    return pickColor("#ececec", "#3a3a3a");
}

QColor UiColors::trustedBackground()
{
    return pickColor("#eaf4ea", "#233326");
}

QColor UiColors::mismatchBackground()
{
    return pickColor("#ffe0d6", "#5a2a20");
}

QColor UiColors::findingBackground()
{
    return pickColor("#fff1b8", "#4d4217");
}

QColor UiColors::selectedFindingBackground()
{
    return pickColor("#ffb347", "#a8641a");
}

QColor UiColors::boundaryBackground()
{
    return pickColor("#e3ecf7", "#26344a");
}

QColor UiColors::quoteForeground()
{
    return pickColor("#5b6b7a", "#9fb0c0");
}

QColor UiColors::mutedForeground()
{
    return pickColor("#6b6b6b", "#a0a0a0");
}

} // namespace MailTriage
