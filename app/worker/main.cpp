// SPDX-License-Identifier: GPL-3.0-or-later
// The parsing worker: reads framed requests on stdin, answers on stdout. It is started by
// ParseWorkerPool with resource limits; it never opens files or sockets of its own.
#include "parseworkerpool.h"
#include "pdftext.h"

int main(int argc, char* argv[])
{
    // PDF attachments are read here, inside the sandbox, never in the program itself.
    MailTriage::PdfText::install();
    return MailTriage::runParseWorker(argc, argv);
}
