# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and Qt string hygiene for every target of the project (not for third-party code).
# In a mail program every bytes-to-text step must name its charset, hence the strict Qt defines.

add_library(mailtriage_settings INTERFACE)
target_compile_definitions(mailtriage_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS)
target_compile_options(mailtriage_settings INTERFACE -Wall -Wextra -pedantic)
if(MAILTRIAGE_WERROR)
    target_compile_options(mailtriage_settings INTERFACE -Werror)
endif()

