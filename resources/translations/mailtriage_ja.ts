<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CaseEditCommand</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set BEC type to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set damage to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>Demo: hijacked invoice thread (fictional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no demo files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::AttachmentListModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name holds hidden or direction-changing characters, shown here as [U+…]: the name other programs display may hide the real extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::AttachmentsView</name>
    <message>
        <source>&amp;Save as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the attachment to a file. MailTriage never opens attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s). They are never opened here; save a copy to examine it in a sandbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No attachment selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attachment is only a reference to a file elsewhere; the message does not contain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s bytes are not available in this view (Outlook .msg attachments are not extracted yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::AuthBadgeBar</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no verdict recorded by the receiving side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (recorded by the receiving side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdicts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport headers (a sent-folder copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Authentication-Results of the receiving side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::BodyView</name>
    <message>
        <source>&amp;Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML (nothing loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened (MailTriage never follows links): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTML body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote images, style sheets and files are never loaded; links are never opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource request(s) blocked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n whose text names another host</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailTriage::CaseOverviewWidget</name>
    <message>
        <source>Case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BEC type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the case with the suggested type. The decision stays yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: money or data was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Damage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tag (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note (Ctrl+Enter adds it; notes are kept in the case record and cannot be removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages by finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding to list its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open. Create or open one (File menu), or drop e-mail files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the attacker</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no suggestion (no BEC pattern found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::CaseSession</name>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original of this message could not be read from the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::FindingCountModel</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::FindingListModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::HeaderChainModel</name>
    <message>
        <source>%1 (rDNS %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ receiving side starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender side (untrusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by the receiving organisation&apos;s own servers: its times, IPs and authentication verdicts can be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written before the message reached the receiving organisation: the sender (or an attacker) can forge this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hop is earlier than the one before it: the chain is out of time order (clock skew or a forged line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::HeaderChainView</name>
    <message>
        <source>Sender fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see the bytes it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received hops (oldest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received hops: none (a sent-folder copy or a message never transported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received hops (oldest first): %n hop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written before the receiving side (can be forged)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sender fields — %n mismatch(es) with From</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this finding is not tied to bytes of the message)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::ImportErrorsDialog</name>
    <message>
        <source>Files that could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::ImportProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import after the current batch; what was imported stays in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailTriage::LinkListModel</name>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text names another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::MainWindow</name>
    <message>
        <source>&amp;Header Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading messages %1 / %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MailTriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Messages...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Tag...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage &amp;Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage &amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage &amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Finding in &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BEC Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline &amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MailTriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — MailTriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before opening another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before creating another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MailTriage cases (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MailTriage cases (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail files (*.eml *.msg *.mbox);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before closing the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new case for the dropped files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is open read-only; nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: the files will be imported after the running import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parser worker program (mailtriage-worker) was not found: files are parsed inside MailTriage itself, without the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1. What was imported before stays in the case; importing the same files again continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or message(s) could not be imported. The other files were imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demo case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the demo files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No case is open.&lt;/b&gt; Create one with File &amp;gt; New Case, open one, try the demo case (File &amp;gt; Open Demo Case), or drop .eml, .msg or .mbox files and folders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no messages yet: drop .eml, .msg or .mbox files or folders here, or use File &amp;gt; Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message in the list or on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTACKER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of MailTriage. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MailTriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MailTriage %1&lt;/h3&gt;&lt;p&gt;A workbench for triaging suspicious e-mail and business e-mail compromise cases.&lt;/p&gt;&lt;p&gt;Messages are evidence: nothing in them is executed, fetched or opened. Syntax highlighting of the raw source by KSyntaxHighlighting.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit? What was imported so far stays in the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::MessageListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::MessageListPanel</name>
    <message>
        <source>Search subject, addresses, names and text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::PartyListModel</name>
    <message>
        <source>Domains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::SenderFieldsModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 domain %2 does not belong to the From domain&apos;s organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::SourceView</name>
    <message>
        <source>This message is %1; only the first %2 are shown here. Findings beyond that point cannot be marked. Save the original from the case to read all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax highlighting is off: kate-syntax-highlighter is not installed (Debian package libkf5syntaxhighlighting-tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::TimelinePainter</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case timeline exported by MailTriage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::TimelinePanel</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Readable Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one line per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrows only, some time labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clustered: several messages per arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; attacker messages · dotted line: more than 12 h between messages · %2 · Ctrl+wheel zooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTriage::TimelineView</name>
    <message>
        <source>The timeline appears once the case has messages and has been analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the previous message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>attacker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the attacker</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1
To/Cc: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attacker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (attacker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Triage workbench for suspicious e-mail and business e-mail compromise cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo case (imported on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file to open, or .eml/.msg/.mbox files and folders to import into a new case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
