// SPDX-License-Identifier: GPL-3.0-or-later
// The parsing worker: reads framed requests on stdin, answers on stdout. It is started by
// ParseWorkerPool with resource limits; it never opens files or sockets of its own. Started
// with --case-analysis it is the case-analysis helper instead (CaseAnalysisProcess).
#include "caseanalysisprocess.h"
#include "parseworkerpool.h"
#include "pdftext.h"

#include <cstring>

int main(int argc, char* argv[])
{
    if (argc == 2 && std::strcmp(argv[1], "--case-analysis") == 0)
        return MailTriage::runCaseAnalysisHelper();
    // PDF attachments are read here, inside the sandbox, never in the program itself.
    MailTriage::PdfText::install();
    return MailTriage::runParseWorker(argc, argv);
}
