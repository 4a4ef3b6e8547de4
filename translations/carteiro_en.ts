<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>EavesdropperPanel</name>
    <message>
        <source>%1 is on the network between %2 and reads what anyone on the wire reads: lines in clear as they were written, and inside TLS only encrypted records.</source>
        <translation>%1 is on the network between %2 and reads what anyone on the wire reads: lines in clear as they were written, and inside TLS only encrypted records.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>The scenario puts no eavesdropper on the network.</source>
        <translation>The scenario puts no eavesdropper on the network.</translation>
    </message>
    <message>
        <source>TLS record, %1 octets</source>
        <translation>TLS record, %1 octets</translation>
    </message>
    <message>
        <source>TLS record (%1), %2 octets</source>
        <translation>TLS record (%1), %2 octets</translation>
    </message>
    <message>
        <source>← password in clear</source>
        <translation>← password in clear</translation>
    </message>
    <message>
        <source>Nothing has crossed these links yet.</source>
        <translation>Nothing has crossed these links yet.</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <source>the message (%1)</source>
        <translation>the message (%1)</translation>
    </message>
    <message>
        <source>part %1 (%2)</source>
        <translation>part %1 (%2)</translation>
    </message>
    <message>
        <source>The header of %1 does not end with an empty line; what follows its last field is read as the body (RFC 5322 §2.1).</source>
        <translation>The header of %1 does not end with an empty line; what follows its last field is read as the body (RFC 5322 §2.1).</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>the message</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>part %1</translation>
    </message>
    <message>
        <source>No header fields: the message is only its body, as in the course's example typed by hand. A mail client adds at least From and Date, which RFC 5322 §3.6 asks for.</source>
        <translation>No header fields: the message is only its body, as in the course's example typed by hand. A mail client adds at least From and Date, which RFC 5322 §3.6 asks for.</translation>
    </message>
    <message>
        <source>Nesting deeper than %1 levels at %2: its contents are not parsed further.</source>
        <translation>Nesting deeper than %1 levels at %2: its contents are not parsed further.</translation>
    </message>
    <message>
        <source>No boundary parameter in %1, which is multipart, so its parts cannot be found (RFC 2046 §5.1.1).</source>
        <translation>No boundary parameter in %1, which is multipart, so its parts cannot be found (RFC 2046 §5.1.1).</translation>
    </message>
    <message>
        <source>The boundary “%1” of %2 never appears in its body, so its parts cannot be told apart (RFC 2046 §5.1.1).</source>
        <translation>The boundary “%1” of %2 never appears in its body, so its parts cannot be told apart (RFC 2046 §5.1.1).</translation>
    </message>
    <message>
        <source>No closing boundary “--%1--” in %2: the message may have been cut short (RFC 2046 §5.1.1).</source>
        <translation>No closing boundary “--%1--” in %2: the message may have been cut short (RFC 2046 §5.1.1).</translation>
    </message>
    <message>
        <source>Invalid base64 in %1: %2 character(s) outside the base64 alphabet, which decoding skips (RFC 2045 §6.8).</source>
        <translation>Invalid base64 in %1: %2 character(s) outside the base64 alphabet, which decoding skips (RFC 2045 §6.8).</translation>
    </message>
    <message>
        <source>Invalid base64 in %1: its %2 characters are not a multiple of 4, so the data is cut short (RFC 2045 §6.8).</source>
        <translation>Invalid base64 in %1: its %2 characters are not a multiple of 4, so the data is cut short (RFC 2045 §6.8).</translation>
    </message>
    <message>
        <source>8-bit octets in %1, which is declared 7bit: a server without 8BITMIME may mangle them (RFC 2045 §2.7, RFC 6152).</source>
        <translation>8-bit octets in %1, which is declared 7bit: a server without 8BITMIME may mangle them (RFC 2045 §2.7, RFC 6152).</translation>
    </message>
    <message>
        <source>8-bit octets in %1, which has no Content-Transfer-Encoding and is therefore 7bit: a server without 8BITMIME may mangle them (RFC 2045 §6.1, RFC 6152).</source>
        <translation>8-bit octets in %1, which has no Content-Transfer-Encoding and is therefore 7bit: a server without 8BITMIME may mangle them (RFC 2045 §6.1, RFC 6152).</translation>
    </message>
    <message>
        <source>NUL octets in %1: neither 7bit nor 8bit data may hold them (RFC 2045 §2.7, §2.8).</source>
        <translation>NUL octets in %1: neither 7bit nor 8bit data may hold them (RFC 2045 §2.7, §2.8).</translation>
    </message>
    <message>
        <source>Unknown charset “%1” in %2: its text is shown as Latin-1 (ISO-8859-1) instead.</source>
        <translation>Unknown charset “%1” in %2: its text is shown as Latin-1 (ISO-8859-1) instead.</translation>
    </message>
</context>
<context>
    <name>ClassroomCa</name>
    <message>
        <source>%1 holds no readable PEM certificate (%2)</source>
        <translation>%1 holds no readable PEM certificate (%2)</translation>
    </message>
    <message>
        <source>%1 holds no readable PEM private key (%2)</source>
        <translation>%1 holds no readable PEM private key (%2)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 is not a directory</translation>
    </message>
    <message>
        <source>%1 is outside the names the classroom CA may vouch for (%2 and their subdomains): no certificate is made for it</source>
        <translation>%1 is outside the names the classroom CA may vouch for (%2 and their subdomains): no certificate is made for it</translation>
    </message>
    <message>
        <source>%1. The classroom CA is left as it is, since students may already trust it; move %2 away to make a new one.</source>
        <translation>%1. The classroom CA is left as it is, since students may already trust it; move %2 away to make a new one.</translation>
    </message>
    <message>
        <source>OpenSSL could not make a certificate for %1: %2</source>
        <translation>OpenSSL could not make a certificate for %1: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not make the classroom CA: %1</source>
        <translation>OpenSSL could not make the classroom CA: %1</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>cannot create the directory %1</translation>
    </message>
    <message>
        <source>cannot move the new classroom CA into %1: %2</source>
        <translation>cannot move the new classroom CA into %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the certificate in %1 is not a CA certificate</source>
        <translation>the certificate in %1 is not a CA certificate</translation>
    </message>
    <message>
        <source>the key in %1 does not match the certificate in %2</source>
        <translation>the key in %1 does not match the certificate in %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Handout written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Handout written to %1 (%n page)</numerusform>
            <numerusform>Handout written to %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>The classroom CA &quot;%1&quot; is kept in %2.
Its certificate is now in %3 (SHA-256 fingerprint %4).
Import it as a certificate authority in Thunderbird or a browser to trust Carteiro&apos;s servers (see the README, &quot;TLS&quot;).</source>
        <translation>The classroom CA &quot;%1&quot; is kept in %2.
Its certificate is now in %3 (SHA-256 fingerprint %4).
Import it as a certificate authority in Thunderbird or a browser to trust Carteiro&apos;s servers (see the README, &quot;TLS&quot;).</translation>
    </message>
    <message>
        <source>Scenario: %1 (%2)</source>
        <translation>Scenario: %1 (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>  %1 lines on the wire in %2 connections, %3 message(s) delivered</source>
        <translation>  %1 lines on the wire in %2 connections, %3 message(s) delivered</translation>
    </message>
    <message>
        <source>  FAILED %1:%2: expected %3; %4</source>
        <translation>  FAILED %1:%2: expected %3; %4</translation>
    </message>
    <message>
        <source>  expectations: %1 passed, %2 failed</source>
        <translation>  expectations: %1 passed, %2 failed</translation>
    </message>
    <message>
        <source>%1: no errors</source>
        <translation>%1: no errors</translation>
    </message>
    <message>
        <source>World file: %1 (scenario %2)</source>
        <translation>World file: %1 (scenario %2)</translation>
    </message>
    <message>
        <source>warning: these services listen beyond loopback; anyone who can reach this machine can connect to them, and passwords travel in clear text:</source>
        <translation>warning: these services listen beyond loopback; anyone who can reach this machine can connect to them, and passwords travel in clear text:</translation>
    </message>
    <message>
        <source>Port %1 is in use, perhaps by another carteiro (a window, a --serve) of yours or of another user of this machine.</source>
        <translation>Port %1 is in use, perhaps by another carteiro (a window, a --serve) of yours or of another user of this machine.</translation>
    </message>
    <message>
        <source>Choose other ports with --port-offset N: --port-offset %1 is free now (%2 would then listen on port %3).</source>
        <translation>Choose other ports with --port-offset N: --port-offset %1 is free now (%2 would then listen on port %3).</translation>
    </message>
    <message>
        <source>Choose other ports with --port-offset N.</source>
        <translation>Choose other ports with --port-offset N.</translation>
    </message>
    <message>
        <source>%1 declares no class: add "students 30 on 2esi.org" or "class alumnos.csv" to it</source>
        <translation>%1 declares no class: add "students 30 on 2esi.org" or "class alumnos.csv" to it</translation>
    </message>
    <message>
        <source>Access sheet written to %1 (students: %2)</source>
        <translation>Access sheet written to %1 (students: %2)</translation>
    </message>
    <message>
        <source>The passwords are new and kept nowhere (no data directory): a server started now gives others.</source>
        <translation>The passwords are new and kept nowhere (no data directory): a server started now gives others.</translation>
    </message>
    <message>
        <source>The passwords are kept in %1.</source>
        <translation>The passwords are kept in %1.</translation>
    </message>
    <message>
        <source>--results needs a class: %1 declares no students (add "students 30 on 2esi.org" or "class alumnos.csv")</source>
        <translation>--results needs a class: %1 declares no students (add "students 30 on 2esi.org" or "class alumnos.csv")</translation>
    </message>
    <message>
        <source>The private world of %1: %2</source>
        <translation>The private world of %1: %2</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1, in the middle, changed what %2 said before %3 read it: STARTTLS became XXXXXXXA, so %3 does not see that TLS is offered</source>
        <translation>%1, in the middle, changed what %2 said before %3 read it: STARTTLS became XXXXXXXA, so %3 does not see that TLS is offered</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>TLS failed: %1</translation>
    </message>
    <message>
        <source>encrypted from here (%1, %2); %3 presented the certificate of %4</source>
        <translation>encrypted from here (%1, %2); %3 presented the certificate of %4</translation>
    </message>
    <message>
        <source>encrypted from here (%1, %2); the certificate of %3, issued by %4, NOT verified: %5</source>
        <translation>encrypted from here (%1, %2); the certificate of %3, issued by %4, NOT verified: %5</translation>
    </message>
    <message>
        <source>encrypted from here (%1, %2); the certificate of %3, issued by %4, verified</source>
        <translation>encrypted from here (%1, %2); the certificate of %3, issued by %4, verified</translation>
    </message>
    <message>
        <source>TLS %1: %3, issued by %4</source>
        <translation>TLS %1: %3, issued by %4</translation>
    </message>
    <message>
        <source>encrypted TLS record: %2 octets (%1 inside)</source>
        <translation>encrypted TLS record: %2 octets (%1 inside)</translation>
    </message>
    <message>
        <source>TLS record in clear: %1, %2 octets</source>
        <translation>TLS record in clear: %1, %2 octets</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2): %3</source>
        <translation>cannot connect to %1 (%2): %3</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>closed by %1</translation>
    </message>
    <message>
        <source>%1 spoke before the greeting (Postfix logs "improper command pipelining after CONNECT"); its commands are answered in order</source>
        <translation>%1 spoke before the greeting (Postfix logs "improper command pipelining after CONNECT"); its commands are answered in order</translation>
    </message>
    <message>
        <source>encrypted from here: %1 and %2 agreed on STARTTLS, and the tap in the middle holds no key, so it passes their TLS records on as they are and cannot show the commands and replies inside them</source>
        <translation>encrypted from here: %1 and %2 agreed on STARTTLS, and the tap in the middle holds no key, so it passes their TLS records on as they are and cannot show the commands and replies inside them</translation>
    </message>
    <message>
        <source>encrypted from the first octet (port %3 is a secure port): the tap in the middle holds no key, so it passes the TLS records of %1 and %2 on as they are and cannot show the commands and replies inside them</source>
        <translation>encrypted from the first octet (port %3 is a secure port): the tap in the middle holds no key, so it passes the TLS records of %1 and %2 on as they are and cannot show the commands and replies inside them</translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <source>Not connected: here netstat -tl, netstat -tln, ss -tl and ss -tln run; to type SMTP, POP3 or IMAP choose a service and press Connect.</source>
        <translation>Not connected: here netstat -tl, netstat -tln, ss -tl and ss -tln run; to type SMTP, POP3 or IMAP choose a service and press Connect.</translation>
    </message>
    <message>
        <source>Each port is the standard one plus %1 (10025 = 25 + %1), and is named here as the standard one: smtp is 25 + %1. With -n the real numbers.</source>
        <translation>Each port is the standard one plus %1 (10025 = 25 + %1), and is named here as the standard one: smtp is 25 + %1. With -n the real numbers.</translation>
    </message>
    <message>
        <source>netstat -tl or ss -tl, then Enter; or choose a service and Connect</source>
        <translation>netstat -tl or ss -tl, then Enter; or choose a service and Connect</translation>
    </message>
    <message>
        <source>Not connected. Choose a service and press Connect, or type netstat -tl.</source>
        <translation>Not connected. Choose a service and press Connect, or type netstat -tl.</translation>
    </message>
    <message>
        <source>The scenario restarted: that connection is gone. Connect again.</source>
        <translation>The scenario restarted: that connection is gone. Connect again.</translation>
    </message>
    <message>
        <source>Connecting to %1 at %2 port %3…</source>
        <translation>Connecting to %1 at %2 port %3…</translation>
    </message>
    <message>
        <source>Connected to %1. Type the commands; Enter sends a line.</source>
        <translation>Connected to %1. Type the commands; Enter sends a line.</translation>
    </message>
    <message>
        <source>nobody listens there</source>
        <translation>nobody listens there</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>Could not connect to %1: %2.</translation>
    </message>
    <message>
        <source>You closed the connection to %1.</source>
        <translation>You closed the connection to %1.</translation>
    </message>
    <message>
        <source>Connection closed by %1.</source>
        <translation>Connection closed by %1.</translation>
    </message>
    <message>
        <source>No scenario is running: there is nothing to connect to.</source>
        <translation>No scenario is running: there is nothing to connect to.</translation>
    </message>
    <message>
        <source>The same from a real terminal: %1</source>
        <translation>The same from a real terminal: %1</translation>
    </message>
    <message>
        <source>The message: headers, an empty line, the body; a line with only "." ends it</source>
        <translation>The message: headers, an empty line, the body; a line with only "." ends it</translation>
    </message>
    <message>
        <source>An SMTP command, e.g. HELO cliente.fr, then Enter</source>
        <translation>An SMTP command, e.g. HELO cliente.fr, then Enter</translation>
    </message>
    <message>
        <source>A POP3 command, e.g. USER fran, then Enter</source>
        <translation>A POP3 command, e.g. USER fran, then Enter</translation>
    </message>
    <message>
        <source>Waiting for a scenario.</source>
        <translation>Waiting for a scenario.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Not connected. Choose a service and press Connect.</source>
        <translation>Not connected. Choose a service and press Connect.</translation>
    </message>
    <message numerus="yes">
        <source>Step mode: %n line(s) wait at the gate. Press Step to send the next one.</source>
        <translation>
            <numerusform>Step mode: %n line waits at the gate. Press Step to send it.</numerusform>
            <numerusform>Step mode: %n lines wait at the gate. Press Step to send the next one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step mode: each line you type waits at the gate until Step.</source>
        <translation>Step mode: each line you type waits at the gate until Step.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>Every service of every host: host, service, address:port</source>
        <translation>Every service of every host: host, service, address:port</translation>
    </message>
    <message>
        <source>S: what the server says; C: what you typed</source>
        <translation>S: what the server says; C: what you typed</translation>
    </message>
    <message>
        <source>%1 (%2, a real server)</source>
        <translation>%1 (%2, a real server)</translation>
    </message>
    <message>
        <source>Usage: telnet HOST PORT, for example telnet servidor.edu 25.</source>
        <translation>Usage: telnet HOST PORT, for example telnet servidor.edu 25.</translation>
    </message>
    <message>
        <source>No host %1 in this scenario.</source>
        <translation>No host %1 in this scenario.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 of %2 (netstat -tl lists what does).</source>
        <translation>Nothing listens on port %1 of %2 (netstat -tl lists what does).</translation>
    </message>
    <message>
        <source>Not connected: here netstat -tl, netstat -tln, ss -tl, ss -tln and telnet HOST PORT run; to type SMTP, POP3 or IMAP choose a service and press Connect, or type telnet servidor.edu 25.</source>
        <translation>Not connected: here netstat -tl, netstat -tln, ss -tl, ss -tln and telnet HOST PORT run; to type SMTP, POP3 or IMAP choose a service and press Connect, or type telnet servidor.edu 25.</translation>
    </message>
    <message>
        <source>netstat -tl, ss -tl or telnet HOST PORT, then Enter; or choose a service and Connect</source>
        <translation>netstat -tl, ss -tl or telnet HOST PORT, then Enter; or choose a service and Connect</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Hint %1: %2</source>
        <translation>Hint %1: %2</translation>
    </message>
    <message>
        <source>Type in the console below (or in a real telnet) until every check has a ✓.</source>
        <translation>Type in the console below (or in a real telnet) until every check has a ✓.</translation>
    </message>
    <message>
        <source>Exercise done!</source>
        <translation>Exercise done!</translation>
    </message>
    <message>
        <source>Exercise not done.</source>
        <translation>Exercise not done.</translation>
    </message>
    <message numerus="yes">
        <source>Hint (%n left)</source>
        <translation>
            <numerusform>Hint (%n left)</numerusform>
            <numerusform>Hint (%n left)</numerusform>
        </translation>
    </message>
    <message>
        <source>No more hints</source>
        <translation>No more hints</translation>
    </message>
    <message>
        <source>Show the solution</source>
        <translation>Show the solution</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Here %1 listens for %2 (port %3 in the course) on %4 port %5: telnet %4 %5</source>
        <translation>Here %1 listens for %2 (port %3 in the course) on %4 port %5: telnet %4 %5</translation>
    </message>
    <message>
        <source>Here %1 listens for %2 on %3 port %4: telnet %3 %4</source>
        <translation>Here %1 listens for %2 on %3 port %4: telnet %3 %4</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <source>LIST marks the folders kept for sent mail, drafts, rubbish and so on, whatever their names in each language.</source>
        <translation>LIST marks the folders kept for sent mail, drafts, rubbish and so on, whatever their names in each language.</translation>
    </message>
    <message>
        <source>SPECIAL-USE: Sent, Drafts, Trash…</source>
        <translation>SPECIAL-USE: Sent, Drafts, Trash…</translation>
    </message>
    <message>
        <source>After APPEND, COPY or MOVE the server says which UIDs the messages got, so the client need not search for them.</source>
        <translation>After APPEND, COPY or MOVE the server says which UIDs the messages got, so the client need not search for them.</translation>
    </message>
    <message>
        <source>UIDPLUS: the new messages' UIDs</source>
        <translation>UIDPLUS: the new messages' UIDs</translation>
    </message>
    <message>
        <source>The client may move messages to another folder in one command.</source>
        <translation>The client may move messages to another folder in one command.</translation>
    </message>
    <message>
        <source>MOVE: move messages between folders</source>
        <translation>MOVE: move messages between folders</translation>
    </message>
    <message>
        <source>A SASL mechanism the AUTHENTICATE command accepts: PLAIN sends the user and password (in base64, so readable unless the connection is encrypted). Dovecot's auth_mechanisms in dovecot.conf lists them.</source>
        <translation>A SASL mechanism the AUTHENTICATE command accepts: PLAIN sends the user and password (in base64, so readable unless the connection is encrypted). Dovecot's auth_mechanisms in dovecot.conf lists them.</translation>
    </message>
    <message>
        <source>AUTH=…: a way of logging in</source>
        <translation>AUTH=…: a way of logging in</translation>
    </message>
    <message>
        <source>At log-in the server may tell the client that its mailbox lives on another server, and where.</source>
        <translation>At log-in the server may tell the client that its mailbox lives on another server, and where.</translation>
    </message>
    <message>
        <source>LOGIN-REFERRALS: "log in elsewhere"</source>
        <translation>LOGIN-REFERRALS: "log in elsewhere"</translation>
    </message>
    <message>
        <source>Some extensions change the server's answers, so the client turns them on first with ENABLE (for example ENABLE CONDSTORE).</source>
        <translation>Some extensions change the server's answers, so the client turns them on first with ENABLE (for example ENABLE CONDSTORE).</translation>
    </message>
    <message>
        <source>ENABLE: switch extensions on</source>
        <translation>ENABLE: switch extensions on</translation>
    </message>
    <message>
        <source>With the ID command each side may say which program it is (Thunderbird, Dovecot…), for logs and statistics.</source>
        <translation>With the ID command each side may say which program it is (Thunderbird, Dovecot…), for logs and statistics.</translation>
    </message>
    <message>
        <source>ID: client and server may name themselves</source>
        <translation>ID: client and server may name themselves</translation>
    </message>
    <message>
        <source>The client may send a literal {n+} without waiting for the server's "+" continuation.</source>
        <translation>The client may send a literal {n+} without waiting for the server's "+" continuation.</translation>
    </message>
    <message>
        <source>LITERAL+: no waiting before long texts</source>
        <translation>LITERAL+: no waiting before long texts</translation>
    </message>
    <message>
        <source>With AUTHENTICATE the client may send its credentials on the same line, without waiting for the server's empty challenge.</source>
        <translation>With AUTHENTICATE the client may send its credentials on the same line, without waiting for the server's empty challenge.</translation>
    </message>
    <message>
        <source>SASL-IR: log in in one line</source>
        <translation>SASL-IR: log in in one line</translation>
    </message>
    <message>
        <source>The client may say IDLE and wait: the server tells it at once when new mail arrives, instead of the client asking every few minutes.</source>
        <translation>The client may say IDLE and wait: the server tells it at once when new mail arrives, instead of the client asking every few minutes.</translation>
    </message>
    <message>
        <source>IDLE: news without asking</source>
        <translation>IDLE: news without asking</translation>
    </message>
    <message>
        <source>The server speaks IMAP version 4, revision 1 (RFC 3501): every IMAP server says it first.</source>
        <translation>The server speaks IMAP version 4, revision 1 (RFC 3501): every IMAP server says it first.</translation>
    </message>
    <message>
        <source>IMAP4rev1: the protocol's version</source>
        <translation>IMAP4rev1: the protocol's version</translation>
    </message>
    <message>
        <source>Dovecot greets IMAP clients with "* OK [CAPABILITY …] Dovecot (Debian) ready." once it serves imap (protocols in dovecot.conf): the list of what it can do comes with the greeting, so the client need not ask CAPABILITY. It is what a telnet to port 143 shows just after installing dovecot-imapd.</source>
        <translation>Dovecot greets IMAP clients with "* OK [CAPABILITY …] Dovecot (Debian) ready." once it serves imap (protocols in dovecot.conf): the list of what it can do comes with the greeting, so the client need not ask CAPABILITY. It is what a telnet to port 143 shows just after installing dovecot-imapd.</translation>
    </message>
    <message>
        <source>Dovecot's IMAP greeting</source>
        <translation>Dovecot's IMAP greeting</translation>
    </message>
    <message>
        <source>Postfix has taken the message into its queue under this identifier, and from now on it is Postfix's job to deliver it. The same identifier is on every line of the mail log (/var/log/mail.log) about this message: the place to look when it does not arrive.</source>
        <translation>Postfix has taken the message into its queue under this identifier, and from now on it is Postfix's job to deliver it. The same identifier is on every line of the mail log (/var/log/mail.log) about this message: the place to look when it does not arrive.</translation>
    </message>
    <message>
        <source>Postfix: queued as… (the queue id)</source>
        <translation>Postfix: queued as… (the queue id)</translation>
    </message>
    <message>
        <source>A server that keeps mail for a domain while that domain's server is away can be asked with ETRN to try delivering it now. Postfix offers it by default.</source>
        <translation>A server that keeps mail for a domain while that domain's server is away can be asked with ETRN to try delivering it now. Postfix offers it by default.</translation>
    </message>
    <message>
        <source>ETRN: send me my queued mail</source>
        <translation>ETRN: send me my queued mail</translation>
    </message>
    <message>
        <source>The client may ask whether an address exists with VRFY, without sending mail. Postfix offers it unless disable_vrfy_command = yes, which many servers set so that spammers cannot guess their users.</source>
        <translation>The client may ask whether an address exists with VRFY, without sending mail. Postfix offers it unless disable_vrfy_command = yes, which many servers set so that spammers cannot guess their users.</translation>
    </message>
    <message>
        <source>VRFY: addresses can be checked</source>
        <translation>VRFY: addresses can be checked</translation>
    </message>
    <message>
        <source>Dovecot greets POP3 clients with "+OK Dovecot (Debian) ready." once it serves pop3 (protocols in dovecot.conf). It is what a telnet to port 110 shows just after installing dovecot-pop3d.</source>
        <translation>Dovecot greets POP3 clients with "+OK Dovecot (Debian) ready." once it serves pop3 (protocols in dovecot.conf). It is what a telnet to port 110 shows just after installing dovecot-pop3d.</translation>
    </message>
    <message>
        <source>Dovecot's greeting</source>
        <translation>Dovecot's greeting</translation>
    </message>
    <message>
        <source>Postfix greets with smtpd_banner, on Debian "$myhostname ESMTP $mail_name (Debian/GNU)": the host name from main.cf (myhostname), the word ESMTP (it understands EHLO) and the program. It is what a telnet to port 25 shows just after installing Postfix.</source>
        <translation>Postfix greets with smtpd_banner, on Debian "$myhostname ESMTP $mail_name (Debian/GNU)": the host name from main.cf (myhostname), the word ESMTP (it understands EHLO) and the program. It is what a telnet to port 25 shows just after installing Postfix.</translation>
    </message>
    <message>
        <source>Postfix's greeting</source>
        <translation>Postfix's greeting</translation>
    </message>
    <message>
        <source>The domain is one this server takes mail for (mydestination), but no account has that name (local_recipient_maps: the system's users and aliases). The client hears it at RCPT, before any message is sent.</source>
        <translation>The domain is one this server takes mail for (mydestination), but no account has that name (local_recipient_maps: the system's users and aliases). The client hears it at RCPT, before any message is sent.</translation>
    </message>
    <message>
        <source>Postfix: no such local user</source>
        <translation>Postfix: no such local user</translation>
    </message>
    <message>
        <source>The DNS says the mail exchanger (MX) of the recipient's domain is this very server, yet the domain is not in its mydestination, so the server took the message for relaying. Sending it on would send it to itself without end, so Postfix bounces it. The usual cause: the domain (the system mail name) is missing from mydestination.</source>
        <translation>The DNS says the mail exchanger (MX) of the recipient's domain is this very server, yet the domain is not in its mydestination, so the server took the message for relaying. Sending it on would send it to itself without end, so Postfix bounces it. The usual cause: the domain (the system mail name) is missing from mydestination.</translation>
    </message>
    <message>
        <source>Postfix: mail loops back to myself</source>
        <translation>Postfix: mail loops back to myself</translation>
    </message>
    <message>
        <source>The recipient's domain is not one this server takes mail for (it is not in mydestination), and the client is neither in mynetworks nor authenticated. Passing the message on to another server would make this an open relay, which spammers use, so Postfix refuses (reject_unauth_destination). If the domain should be local, add it to mydestination; if the client is one of yours, it should log in (AUTH) or its network go in mynetworks.</source>
        <translation>The recipient's domain is not one this server takes mail for (it is not in mydestination), and the client is neither in mynetworks nor authenticated. Passing the message on to another server would make this an open relay, which spammers use, so Postfix refuses (reject_unauth_destination). If the domain should be local, add it to mydestination; if the client is one of yours, it should log in (AUTH) or its network go in mynetworks.</translation>
    </message>
    <message>
        <source>Postfix: relay access denied</source>
        <translation>Postfix: relay access denied</translation>
    </message>
    <message>
        <source>The server's main.cf (Postfix) or dovecot.conf (Dovecot) changed, as after dpkg-reconfigure postfix or editing the file and restarting: the settings named here hold from now on, and the ports it listens on follow (netstat -tl).</source>
        <translation>The server's main.cf (Postfix) or dovecot.conf (Dovecot) changed, as after dpkg-reconfigure postfix or editing the file and restarting: the settings named here hold from now on, and the ports it listens on follow (netstat -tl).</translation>
    </message>
    <message>
        <source>The server's configuration changes</source>
        <translation>The server's configuration changes</translation>
    </message>
    <message>
        <source>With relayhost set ("Internet with smarthost" or "Satellite system"), the server does not look up the recipient domain's MX: it gives every message for another domain to that host, the smarthost, which delivers it.</source>
        <translation>With relayhost set ("Internet with smarthost" or "Satellite system"), the server does not look up the recipient domain's MX: it gives every message for another domain to that host, the smarthost, which delivers it.</translation>
    </message>
    <message>
        <source>Postfix: through the relayhost</source>
        <translation>Postfix: through the relayhost</translation>
    </message>
    <message>
        <source>With inet_interfaces = loopback-only (Postfix's "Local only") or listen = 127.0.0.1 (Dovecot), the server listens only on the machine's own loopback address. Other machines reach none of its ports: their connection is refused, and a sending server keeps the message in its queue and tries again later. Only the machine itself (a telnet localhost 25) gets through.</source>
        <translation>With inet_interfaces = loopback-only (Postfix's "Local only") or listen = 127.0.0.1 (Dovecot), the server listens only on the machine's own loopback address. Other machines reach none of its ports: their connection is refused, and a sending server keeps the message in its queue and tries again later. Only the machine itself (a telnet localhost 25) gets through.</translation>
    </message>
    <message>
        <source>A server that listens on loopback only</source>
        <translation>A server that listens on loopback only</translation>
    </message>
    <message>
        <source>To deliver the message, the server asked the DNS for the MX of the recipient's domain and got its own name. A domain whose MX is this server should be in mydestination (the mail name chosen when installing Postfix goes there); since it is not, delivering it would only send the message back to itself. Postfix bounces it with "mail for … loops back to myself" (5.4.6).</source>
        <translation>To deliver the message, the server asked the DNS for the MX of the recipient's domain and got its own name. A domain whose MX is this server should be in mydestination (the mail name chosen when installing Postfix goes there); since it is not, delivering it would only send the message back to itself. Postfix bounces it with "mail for … loops back to myself" (5.4.6).</translation>
    </message>
    <message>
        <source>Postfix: mail for the domain loops back to myself</source>
        <translation>Postfix: mail for the domain loops back to myself</translation>
    </message>
    <message>
        <source>The client answers the server's challenge with a line of base64: the user name, the password, or both. Base64 hides nothing, but this line is inside TLS: on the wire it is an encrypted record. A line with only "*" cancels the login.</source>
        <translation>The client answers the server's challenge with a line of base64: the user name, the password, or both. Base64 hides nothing, but this line is inside TLS: on the wire it is an encrypted record. A line with only "*" cancels the login.</translation>
    </message>
    <message>
        <source>With PLAIN, the user name and the password go in base64 after the server's "+". Base64 is not encryption, but TLS is: anyone watching the network sees only encrypted records.</source>
        <translation>With PLAIN, the user name and the password go in base64 after the server's "+". Base64 is not encryption, but TLS is: anyone watching the network sees only encrypted records.</translation>
    </message>
    <message>
        <source>The client logs in with a user name and a password. This connection is inside TLS, so on the wire they are an encrypted record: only the server reads them. If they are right the session goes from the not authenticated state to the authenticated state.</source>
        <translation>The client logs in with a user name and a password. This connection is inside TLS, so on the wire they are an encrypted record: only the server reads them. If they are right the session goes from the not authenticated state to the authenticated state.</translation>
    </message>
    <message>
        <source>Right after USER, the client sends the password. This connection is inside TLS, so on the wire the password is an encrypted record: only the server reads it. If it is right, the server answers +OK, locks the mailbox, and the session enters the TRANSACTION state.</source>
        <translation>Right after USER, the client sends the password. This connection is inside TLS, so on the wire the password is an encrypted record: only the server reads it. If it is right, the server answers +OK, locks the mailbox, and the session enters the TRANSACTION state.</translation>
    </message>
    <message>
        <source>This line crossed the network inside TLS records. The two ends read it as it is shown here; anyone watching the network sees only the record that carried it: a header and encrypted octets.</source>
        <translation>This line crossed the network inside TLS records. The two ends read it as it is shown here; anyone watching the network sees only the record that carried it: a header and encrypted octets.</translation>
    </message>
    <message>
        <source>Inside TLS: encrypted on the wire</source>
        <translation>Inside TLS: encrypted on the wire</translation>
    </message>
    <message>
        <source>The client's answer to the login challenge</source>
        <translation>The client's answer to the login challenge</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>HTTP requests and responses</source>
        <translation>HTTP requests and responses</translation>
    </message>
    <message>
        <source>The content of the message: a page's HTML, a form's fields, a file. It may be binary; its length is given by Content-Length.</source>
        <translation>The content of the message: a page's HTML, a form's fields, a file. It may be binary; its length is given by Content-Length.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>The header section is over. What follows, if anything, is the body: exactly as many octets as Content-Length says.</source>
        <translation>The header section is over. What follows, if anything, is the body: exactly as many octets as Content-Length says.</translation>
    </message>
    <message>
        <source>Empty line: end of the header fields</source>
        <translation>Empty line: end of the header fields</translation>
    </message>
    <message>
        <source>A name, a colon and a value: information about the message or about the resource. Names are case-insensitive; the header section ends with an empty line.</source>
        <translation>A name, a colon and a value: information about the message or about the resource. Names are case-insensitive; the header section ends with an empty line.</translation>
    </message>
    <message>
        <source>Header field</source>
        <translation>Header field</translation>
    </message>
    <message>
        <source>In HTTP/1.1 a connection stays open for further requests unless one side says "Connection: close": then it closes after this response. HTTP/1.0 closed after each response unless "keep-alive" was asked.</source>
        <translation>In HTTP/1.1 a connection stays open for further requests unless one side says "Connection: close": then it closes after this response. HTTP/1.0 closed after each response unless "keep-alive" was asked.</translation>
    </message>
    <message>
        <source>Connection: keep it open or close it</source>
        <translation>Connection: keep it open or close it</translation>
    </message>
    <message>
        <source>In a redirection (302, 303) the address the browser must ask for next.</source>
        <translation>In a redirection (302, 303) the address the browser must ask for next.</translation>
    </message>
    <message>
        <source>Location: where to go</source>
        <translation>Location: where to go</translation>
    </message>
    <message>
        <source>The body's size in octets. It is how the reader knows where the body ends and the next message begins on a connection that stays open: there is no "." line as in SMTP.</source>
        <translation>The body's size in octets. It is how the reader knows where the body ends and the next message begins on a connection that stays open: there is no "." line as in SMTP.</translation>
    </message>
    <message>
        <source>Content-Length: how many octets the body has</source>
        <translation>Content-Length: how many octets the body has</translation>
    </message>
    <message>
        <source>The media type of the body, as in MIME: text/html for a page, image/png, application/x-www-form-urlencoded for a form, with its charset when it is text.</source>
        <translation>The media type of the body, as in MIME: text/html for a page, image/png, application/x-www-form-urlencoded for a form, with its charset when it is text.</translation>
    </message>
    <message>
        <source>Content-Type: what the body is</source>
        <translation>Content-Type: what the body is</translation>
    </message>
    <message>
        <source>The server asks the browser to keep a name=value pair and send it back in every request to this site (the Cookie field). A session cookie is as good as the password while it lasts: HttpOnly hides it from scripts, Secure keeps it inside HTTPS.</source>
        <translation>The server asks the browser to keep a name=value pair and send it back in every request to this site (the Cookie field). A session cookie is as good as the password while it lasts: HttpOnly hides it from scripts, Secure keeps it inside HTTPS.</translation>
    </message>
    <message>
        <source>Set-Cookie: remember this</source>
        <translation>Set-Cookie: remember this</translation>
    </message>
    <message>
        <source>The browser sends back the cookies the server set before (name=value). HTTP keeps no memory between requests: this is how the server knows it is the same session, after logging in.</source>
        <translation>The browser sends back the cookies the server set before (name=value). HTTP keeps no memory between requests: this is how the server knows it is the same session, after logging in.</translation>
    </message>
    <message>
        <source>Cookie: what the server asked to be given back</source>
        <translation>Cookie: what the server asked to be given back</translation>
    </message>
    <message>
        <source>The name of the site the browser asks (as typed in the address). One machine may serve many sites on one address; Host tells them apart. HTTP/1.1 requires it.</source>
        <translation>The name of the site the browser asks (as typed in the address). One machine may serve many sites on one address; Host tells them apart. HTTP/1.1 requires it.</translation>
    </message>
    <message>
        <source>Host: which site</source>
        <translation>Host: which site</translation>
    </message>
    <message>
        <source>The server does not know this method (or this transfer coding) at all, for any resource.</source>
        <translation>The server does not know this method (or this transfer coding) at all, for any resource.</translation>
    </message>
    <message>
        <source>501 Not Implemented</source>
        <translation>501 Not Implemented</translation>
    </message>
    <message>
        <source>Something went wrong inside the server while it handled a request that was fine. The fault is the server's, not the client's.</source>
        <translation>Something went wrong inside the server while it handled a request that was fine. The fault is the server's, not the client's.</translation>
    </message>
    <message>
        <source>500 Internal Server Error</source>
        <translation>500 Internal Server Error</translation>
    </message>
    <message>
        <source>Too many header fields, or too many octets of them (a huge Cookie, for instance). The server refuses the request and closes the connection.</source>
        <translation>Too many header fields, or too many octets of them (a huge Cookie, for instance). The server refuses the request and closes the connection.</translation>
    </message>
    <message>
        <source>431 Request Header Fields Too Large</source>
        <translation>431 Request Header Fields Too Large</translation>
    </message>
    <message>
        <source>The request line is longer than the server is prepared to read. A server must set such limits, or anyone could fill its memory.</source>
        <translation>The request line is longer than the server is prepared to read. A server must set such limits, or anyone could fill its memory.</translation>
    </message>
    <message>
        <source>414 URI Too Long: the target is too long</source>
        <translation>414 URI Too Long: the target is too long</translation>
    </message>
    <message>
        <source>The body announced by Content-Length is larger than the server accepts. It refuses before reading a single octet of it, and closes the connection.</source>
        <translation>The body announced by Content-Length is larger than the server accepts. It refuses before reading a single octet of it, and closes the connection.</translation>
    </message>
    <message>
        <source>413 Content Too Large: the body is too big</source>
        <translation>413 Content Too Large: the body is too big</translation>
    </message>
    <message>
        <source>The server knows the method but does not allow it here. The Allow field lists the methods it does allow.</source>
        <translation>The server knows the method but does not allow it here. The Allow field lists the methods it does allow.</translation>
    </message>
    <message>
        <source>405 Method Not Allowed</source>
        <translation>405 Method Not Allowed</translation>
    </message>
    <message>
        <source>The server has nothing at this target (a mistyped path, a deleted page).</source>
        <translation>The server has nothing at this target (a mistyped path, a deleted page).</translation>
    </message>
    <message>
        <source>404 Not Found: nothing here</source>
        <translation>404 Not Found: nothing here</translation>
    </message>
    <message>
        <source>The server understood the request and refuses it: who asks is known, but may not have this. Logging in again does not help.</source>
        <translation>The server understood the request and refuses it: who asks is known, but may not have this. Logging in again does not help.</translation>
    </message>
    <message>
        <source>403 Forbidden: not for you</source>
        <translation>403 Forbidden: not for you</translation>
    </message>
    <message>
        <source>The resource needs credentials the request did not carry, or carried wrong. The response says how to authenticate (WWW-Authenticate).</source>
        <translation>The resource needs credentials the request did not carry, or carried wrong. The response says how to authenticate (WWW-Authenticate).</translation>
    </message>
    <message>
        <source>401 Unauthorized: log in first</source>
        <translation>401 Unauthorized: log in first</translation>
    </message>
    <message>
        <source>The server could not read the request: a malformed request line, a header field folded onto the next line, a missing Host… It cannot trust where the next request would start, so it closes the connection.</source>
        <translation>The server could not read the request: a malformed request line, a header field folded onto the next line, a missing Host… It cannot trust where the next request would start, so it closes the connection.</translation>
    </message>
    <message>
        <source>400 Bad Request: not well-formed</source>
        <translation>400 Bad Request: not well-formed</translation>
    </message>
    <message>
        <source>The usual answer to a form sent with POST: the work is done, and the browser is sent with a GET to the page in Location. Reloading that page does not send the form again.</source>
        <translation>The usual answer to a form sent with POST: the work is done, and the browser is sent with a GET to the page in Location. Reloading that page does not send the form again.</translation>
    </message>
    <message>
        <source>303 See Other: go and GET this page</source>
        <translation>303 See Other: go and GET this page</translation>
    </message>
    <message>
        <source>The resource is temporarily at the address in the Location field. The browser asks for that address at once, on its own.</source>
        <translation>The resource is temporarily at the address in the Location field. The browser asks for that address at once, on its own.</translation>
    </message>
    <message>
        <source>302 Found: it is elsewhere for now</source>
        <translation>302 Found: it is elsewhere for now</translation>
    </message>
    <message>
        <source>The request succeeded. For a GET the body is the page asked for; Content-Type says what it is and Content-Length how many octets it has.</source>
        <translation>The request succeeded. For a GET the body is the page asked for; Content-Type says what it is and Content-Length how many octets it has.</translation>
    </message>
    <message>
        <source>200 OK: here it is</source>
        <translation>200 OK: here it is</translation>
    </message>
    <message>
        <source>The client said "Expect: 100-continue" and waited before sending a large body. The server has read the header fields and agrees: the body may come. The final response follows later.</source>
        <translation>The client said "Expect: 100-continue" and waited before sending a large body. The server has read the header fields and agrees: the body may come. The final response follows later.</translation>
    </message>
    <message>
        <source>100 Continue: send the body</source>
        <translation>100 Continue: send the body</translation>
    </message>
    <message>
        <source>A response starts with the protocol version, a three-digit status code and a short reason for people. The first digit is the class: 1 information, 2 success, 3 redirection, 4 the client's error, 5 the server's error.</source>
        <translation>A response starts with the protocol version, a three-digit status code and a short reason for people. The first digit is the class: 1 information, 2 success, 3 redirection, 4 the client's error, 5 the server's error.</translation>
    </message>
    <message>
        <source>Status line: version, code and reason</source>
        <translation>Status line: version, code and reason</translation>
    </message>
    <message>
        <source>The request carries a body (a filled-in form, an uploaded file) for the server to process: logging in, sending a message. Its length is given by Content-Length.</source>
        <translation>The request carries a body (a filled-in form, an uploaded file) for the server to process: logging in, sending a message. Its length is given by Content-Length.</translation>
    </message>
    <message>
        <source>POST: send data to the server</source>
        <translation>POST: send data to the server</translation>
    </message>
    <message>
        <source>Like GET, but the server sends only the status line and the header fields, not the body: enough to learn a resource's type and size.</source>
        <translation>Like GET, but the server sends only the status line and the header fields, not the body: enough to learn a resource's type and size.</translation>
    </message>
    <message>
        <source>HEAD: only the header fields</source>
        <translation>HEAD: only the header fields</translation>
    </message>
    <message>
        <source>The browser asks for the page (or image, or file) named by the target. GET only reads: it must not change anything on the server, so a browser may repeat it.</source>
        <translation>The browser asks for the page (or image, or file) named by the target. GET only reads: it must not change anything on the server, so a browser may repeat it.</translation>
    </message>
    <message>
        <source>GET: ask for a resource</source>
        <translation>GET: ask for a resource</translation>
    </message>
    <message>
        <source>An HTTP request starts with one line: the method (what to do), the target (which resource, a path such as /inbox with perhaps a ?query) and the protocol version, separated by single spaces. Header fields follow, one per line, then an empty line.</source>
        <translation>An HTTP request starts with one line: the method (what to do), the target (which resource, a path such as /inbox with perhaps a ?query) and the protocol version, separated by single spaces. Header fields follow, one per line, then an empty line.</translation>
    </message>
    <message>
        <source>Request line: method, target and version</source>
        <translation>Request line: method, target and version</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authenticated</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Not authenticated</translation>
    </message>
    <message>
        <source>Logout state</source>
        <translation>Logout state</translation>
    </message>
    <message>
        <source>Selected state</source>
        <translation>Selected state</translation>
    </message>
    <message>
        <source>Authenticated state</source>
        <translation>Authenticated state</translation>
    </message>
    <message>
        <source>Not authenticated state</source>
        <translation>Not authenticated state</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>RFC 5321 (2008) replaced RFC 2821 (2001), the SMTP standard the course names, which had replaced RFC 821 (1982): the dialogue is the same.</source>
        <translation>RFC 5321 (2008) replaced RFC 2821 (2001), the SMTP standard the course names, which had replaced RFC 821 (1982): the dialogue is the same.</translation>
    </message>
    <message>
        <source>RFC 5322 (2008) replaced RFC 2822 (2001), which had replaced RFC 822 (1982), the message format the course names: header fields, a blank line, the body.</source>
        <translation>RFC 5322 (2008) replaced RFC 2822 (2001), which had replaced RFC 822 (1982), the message format the course names: header fields, a blank line, the body.</translation>
    </message>
    <message>
        <source>RFC 3501 (IMAP4rev1, 2003) replaced RFC 2060, which had replaced RFC 1730, the IMAP the course names; RFC 9051 (2021) is IMAP4rev2.</source>
        <translation>RFC 3501 (IMAP4rev1, 2003) replaced RFC 2060, which had replaced RFC 1730, the IMAP the course names; RFC 9051 (2021) is IMAP4rev2.</translation>
    </message>
    <message>
        <source>Sent before the reply to %1 came back (pipelining)</source>
        <translation>Sent before the reply to %1 came back (pipelining)</translation>
    </message>
    <message>
        <source>The server offered PIPELINING in its EHLO reply, so this client sends MAIL, RCPT and DATA in one go and then reads the replies, which come in the same order as the commands. The course's dialogue, with HELO, waits for each reply before the next command: look at the connection between the two servers.</source>
        <translation>The server offered PIPELINING in its EHLO reply, so this client sends MAIL, RCPT and DATA in one go and then reads the replies, which come in the same order as the commands. The course's dialogue, with HELO, waits for each reply before the next command: look at the connection between the two servers.</translation>
    </message>
    <message>
        <source>HELO: the client says hello and gives its name</source>
        <translation>HELO: the client says hello and gives its name</translation>
    </message>
    <message>
        <source>The client introduces itself with its domain name. This is the opening (handshake) phase: after the server's 220 greeting, nothing else can happen until the client has said HELO or EHLO. The server answers 250, and then the mail transfer phase can begin.</source>
        <translation>The client introduces itself with its domain name. This is the opening (handshake) phase: after the server's 220 greeting, nothing else can happen until the client has said HELO or EHLO. The server answers 250, and then the mail transfer phase can begin.</translation>
    </message>
    <message>
        <source>EHLO: extended hello, asking for the server's extensions</source>
        <translation>EHLO: extended hello, asking for the server's extensions</translation>
    </message>
    <message>
        <source>Like HELO, the client introduces itself, but EHLO also asks which extensions the server offers. The server answers with a reply of several 250 lines, one per extension (PIPELINING, SIZE, AUTH…). This is still the opening (handshake) phase.</source>
        <translation>Like HELO, the client introduces itself, but EHLO also asks which extensions the server offers. The server answers with a reply of several 250 lines, one per extension (PIPELINING, SIZE, AUTH…). This is still the opening (handshake) phase.</translation>
    </message>
    <message>
        <source>MAIL FROM: the sender of the envelope</source>
        <translation>MAIL FROM: the sender of the envelope</translation>
    </message>
    <message>
        <source>The client starts a new message and gives the sender's address, the return address on the envelope. This begins the mail transfer phase. If the mail cannot be delivered later, the error report (a bounce) goes to this address. The server answers 250 if it accepts the sender.</source>
        <translation>The client starts a new message and gives the sender's address, the return address on the envelope. This begins the mail transfer phase. If the mail cannot be delivered later, the error report (a bounce) goes to this address. The server answers 250 if it accepts the sender.</translation>
    </message>
    <message>
        <source>RCPT TO: one recipient of the envelope</source>
        <translation>RCPT TO: one recipient of the envelope</translation>
    </message>
    <message>
        <source>The client names one recipient; it sends one RCPT TO for each recipient. The server answers 250 if it will take mail for that address, or 550 if, for example, the mailbox does not exist. The servers deliver to these envelope addresses, not to the To: line inside the message.</source>
        <translation>The client names one recipient; it sends one RCPT TO for each recipient. The server answers 250 if it will take mail for that address, or 550 if, for example, the mailbox does not exist. The servers deliver to these envelope addresses, not to the To: line inside the message.</translation>
    </message>
    <message>
        <source>DATA: the message itself comes next</source>
        <translation>DATA: the message itself comes next</translation>
    </message>
    <message>
        <source>The client asks to send the message. The server answers 354, and then the client sends the message line by line: first the header (From, To, Subject…), a blank line, then the body. A line with only a dot "." ends the message.</source>
        <translation>The client asks to send the message. The server answers 354, and then the client sends the message line by line: first the header (From, To, Subject…), a blank line, then the body. A line with only a dot "." ends the message.</translation>
    </message>
    <message>
        <source>RSET: start again</source>
        <translation>RSET: start again</translation>
    </message>
    <message>
        <source>The client cancels the message it was sending: the sender, the recipients and any data are forgotten. The connection stays open and the server answers 250.</source>
        <translation>The client cancels the message it was sending: the sender, the recipients and any data are forgotten. The connection stays open and the server answers 250.</translation>
    </message>
    <message>
        <source>VRFY: does this user exist?</source>
        <translation>VRFY: does this user exist?</translation>
    </message>
    <message>
        <source>The client asks whether an address exists. Spammers could use this to guess real addresses, so many servers, like this one, answer 252: they neither confirm nor deny, but they will accept mail for it.</source>
        <translation>The client asks whether an address exists. Spammers could use this to guess real addresses, so many servers, like this one, answer 252: they neither confirm nor deny, but they will accept mail for it.</translation>
    </message>
    <message>
        <source>EXPN: expand a mailing list (not offered)</source>
        <translation>EXPN: expand a mailing list (not offered)</translation>
    </message>
    <message>
        <source>EXPN asks the server for the members of a mailing list. Like most servers today, this one does not offer it and answers 502, so that nobody can collect addresses.</source>
        <translation>EXPN asks the server for the members of a mailing list. Like most servers today, this one does not offer it and answers 502, so that nobody can collect addresses.</translation>
    </message>
    <message>
        <source>HELP: ask for help</source>
        <translation>HELP: ask for help</translation>
    </message>
    <message>
        <source>The client asks the server for help about its commands. The server answers 214 with a short text for a human. It is handy when you talk to a server by hand with telnet.</source>
        <translation>The client asks the server for help about its commands. The server answers 214 with a short text for a human. It is handy when you talk to a server by hand with telnet.</translation>
    </message>
    <message>
        <source>NOOP: do nothing</source>
        <translation>NOOP: do nothing</translation>
    </message>
    <message>
        <source>The client asks the server to do nothing and just answer 250. It checks that the connection is still alive.</source>
        <translation>The client asks the server to do nothing and just answer 250. It checks that the connection is still alive.</translation>
    </message>
    <message>
        <source>QUIT: goodbye</source>
        <translation>QUIT: goodbye</translation>
    </message>
    <message>
        <source>The client ends the session. This is the closing phase: the server answers 221 and closes the TCP connection.</source>
        <translation>The client ends the session. This is the closing phase: the server answers 221 and closes the TCP connection.</translation>
    </message>
    <message>
        <source>AUTH: the client logs in</source>
        <translation>AUTH: the client logs in</translation>
    </message>
    <message>
        <source>Before sending mail through its own server (on the submission port, 587), the user's mail client proves who it is with a user name and a password. AUTH belongs to the opening (handshake) phase, after EHLO. The server answers 235 if the login is right and 535 if it is not.</source>
        <translation>Before sending mail through its own server (on the submission port, 587), the user's mail client proves who it is with a user name and a password. AUTH belongs to the opening (handshake) phase, after EHLO. The server answers 235 if the login is right and 535 if it is not.</translation>
    </message>
    <message>
        <source>STARTTLS: switch to an encrypted connection (not offered without a certificate)</source>
        <translation>STARTTLS: switch to an encrypted connection (not offered without a certificate)</translation>
    </message>
    <message>
        <source>STARTTLS asks to encrypt the rest of the conversation with TLS, so that passwords and messages cannot be read on the way. A server with a certificate lists STARTTLS in its EHLO reply and answers 220; then the TLS handshake starts, and the client says EHLO again, because everything said before is forgotten. A server without a certificate answers 502.</source>
        <translation>STARTTLS asks to encrypt the rest of the conversation with TLS, so that passwords and messages cannot be read on the way. A server with a certificate lists STARTTLS in its EHLO reply and answers 220; then the TLS handshake starts, and the client says EHLO again, because everything said before is forgotten. A server without a certificate answers 502.</translation>
    </message>
    <message>
        <source>BDAT: send the message in pieces (not offered)</source>
        <translation>BDAT: send the message in pieces (not offered)</translation>
    </message>
    <message>
        <source>BDAT (the CHUNKING extension) sends the message in pieces of a known size instead of ending it with a dot. This server does not offer it and answers 502: use DATA.</source>
        <translation>BDAT (the CHUNKING extension) sends the message in pieces of a known size instead of ending it with a dot. This server does not offer it and answers 502: use DATA.</translation>
    </message>
    <message>
        <source>ETRN: ask for queued mail (not offered)</source>
        <translation>ETRN: ask for queued mail (not offered)</translation>
    </message>
    <message>
        <source>ETRN asks a server to send the mail it keeps in its queue for a domain. This server does not offer it and answers 502.</source>
        <translation>ETRN asks a server to send the mail it keeps in its queue for a domain. This server does not offer it and answers 502.</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>Unknown command</translation>
    </message>
    <message>
        <source>The server does not know this command and answers 500. SMTP commands are words such as HELO, EHLO, MAIL, RCPT, DATA and QUIT (upper or lower case both work). Check the spelling.</source>
        <translation>The server does not know this command and answers 500. SMTP commands are words such as HELO, EHLO, MAIL, RCPT, DATA and QUIT (upper or lower case both work). Check the spelling.</translation>
    </message>
    <message>
        <source>An old command (not offered)</source>
        <translation>An old command (not offered)</translation>
    </message>
    <message>
        <source>This command comes from the first version of SMTP and is no longer used. The server knows it but answers 502: command not implemented.</source>
        <translation>This command comes from the first version of SMTP and is no longer used. The server knows it but answers 502: command not implemented.</translation>
    </message>
    <message>
        <source>PLAIN: name and password in one line</source>
        <translation>PLAIN: name and password in one line</translation>
    </message>
    <message>
        <source>With PLAIN, the client sends the user name and the password together, encoded in base64. Base64 is only a way of writing bytes, not encryption: anyone who sees this line can decode the password. That is why real servers ask for an encrypted connection (TLS) first.</source>
        <translation>With PLAIN, the client sends the user name and the password together, encoded in base64. Base64 is only a way of writing bytes, not encryption: anyone who sees this line can decode the password. That is why real servers ask for an encrypted connection (TLS) first.</translation>
    </message>
    <message>
        <source>LOGIN: name and password one at a time</source>
        <translation>LOGIN: name and password one at a time</translation>
    </message>
    <message>
        <source>With LOGIN, the server asks for the user name and then for the password (two 334 replies), and the client answers each one in base64. LOGIN was never made a standard, but many mail clients use it.</source>
        <translation>With LOGIN, the server asks for the user name and then for the password (two 334 replies), and the client answers each one in base64. LOGIN was never made a standard, but many mail clients use it.</translation>
    </message>
    <message>
        <source>Answer to the login challenge</source>
        <translation>Answer to the login challenge</translation>
    </message>
    <message>
        <source>The client answers the server's 334 challenge with a line of base64: the user name, the password, or both. Anyone can decode base64: it hides nothing. A line with only "*" cancels the login.</source>
        <translation>The client answers the server's 334 challenge with a line of base64: the user name, the password, or both. Anyone can decode base64: it hides nothing. A line with only "*" cancels the login.</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Login cancelled</translation>
    </message>
    <message>
        <source>A line with only "*" cancels the AUTH exchange. The server answers 501 and the client is still not logged in.</source>
        <translation>A line with only "*" cancels the AUTH exchange. The server answers 501 and the client is still not logged in.</translation>
    </message>
    <message>
        <source>SIZE=: the size of the message, announced</source>
        <translation>SIZE=: the size of the message, announced</translation>
    </message>
    <message>
        <source>The client says in advance how many octets the message has, so that a server with a size limit can refuse it at once (552) instead of after receiving it.</source>
        <translation>The client says in advance how many octets the message has, so that a server with a size limit can refuse it at once (552) instead of after receiving it.</translation>
    </message>
    <message>
        <source>BODY=: 7-bit or 8-bit text</source>
        <translation>BODY=: 7-bit or 8-bit text</translation>
    </message>
    <message>
        <source>The client says whether the message is plain 7-bit ASCII or contains 8-bit characters (BODY=8BITMIME), which the server allowed with 8BITMIME.</source>
        <translation>The client says whether the message is plain 7-bit ASCII or contains 8-bit characters (BODY=8BITMIME), which the server allowed with 8BITMIME.</translation>
    </message>
    <message>
        <source>AUTH=: who submitted the message</source>
        <translation>AUTH=: who submitted the message</translation>
    </message>
    <message>
        <source>The identity of the user who submitted the message, passed from server to server. This server accepts it but does not trust it.</source>
        <translation>The identity of the user who submitted the message, passed from server to server. This server accepts it but does not trust it.</translation>
    </message>
    <message>
        <source>&lt;&gt;: the empty sender</source>
        <translation>&lt;&gt;: the empty sender</translation>
    </message>
    <message>
        <source>An empty return address marks an error report (a bounce). Nobody answers a bounce with another bounce, so mail cannot go round in circles.</source>
        <translation>An empty return address marks an error report (a bounce). Nobody answers a bounce with another bounce, so mail cannot go round in circles.</translation>
    </message>
    <message>
        <source>211 System status</source>
        <translation>211 System status</translation>
    </message>
    <message>
        <source>A reply with the status of the server, or system help. It is rarely seen and changes nothing in the session.</source>
        <translation>A reply with the status of the server, or system help. It is rarely seen and changes nothing in the session.</translation>
    </message>
    <message>
        <source>214 Help message</source>
        <translation>214 Help message</translation>
    </message>
    <message>
        <source>The answer to HELP: some text for a human about the commands. It changes nothing in the session.</source>
        <translation>The answer to HELP: some text for a human about the commands. It changes nothing in the session.</translation>
    </message>
    <message>
        <source>220 Service ready: the server's greeting</source>
        <translation>220 Service ready: the server's greeting</translation>
    </message>
    <message>
        <source>As soon as the TCP connection is open, the server speaks first: 220 and its name. This starts the opening (handshake) phase; the client answers with HELO or EHLO.</source>
        <translation>As soon as the TCP connection is open, the server speaks first: 220 and its name. This starts the opening (handshake) phase; the client answers with HELO or EHLO.</translation>
    </message>
    <message>
        <source>221 Closing the connection</source>
        <translation>221 Closing the connection</translation>
    </message>
    <message>
        <source>The server's answer to QUIT: it says goodbye and closes the TCP connection. This is the end of the closing phase.</source>
        <translation>The server's answer to QUIT: it says goodbye and closes the TCP connection. This is the end of the closing phase.</translation>
    </message>
    <message>
        <source>235 Authentication successful</source>
        <translation>235 Authentication successful</translation>
    </message>
    <message>
        <source>The user name and the password are right: the user is logged in and may now send mail through this server. Next comes MAIL FROM.</source>
        <translation>The user name and the password are right: the user is logged in and may now send mail through this server. Next comes MAIL FROM.</translation>
    </message>
    <message>
        <source>250 OK</source>
        <translation>250 OK</translation>
    </message>
    <message>
        <source>The requested action went well. 2xx codes mean success; the client can go on with the next command.</source>
        <translation>The requested action went well. 2xx codes mean success; the client can go on with the next command.</translation>
    </message>
    <message>
        <source>251 User not local; will forward</source>
        <translation>251 User not local; will forward</translation>
    </message>
    <message>
        <source>The recipient is not here, but the server knows where the user has moved and will pass the mail on.</source>
        <translation>The recipient is not here, but the server knows where the user has moved and will pass the mail on.</translation>
    </message>
    <message>
        <source>252 Cannot verify the user, but will try</source>
        <translation>252 Cannot verify the user, but will try</translation>
    </message>
    <message>
        <source>The answer to VRFY: the server neither confirms nor denies that the address exists (to protect its users from spammers), but it will accept mail for it.</source>
        <translation>The answer to VRFY: the server neither confirms nor denies that the address exists (to protect its users from spammers), but it will accept mail for it.</translation>
    </message>
    <message>
        <source>334 Login challenge: go on</source>
        <translation>334 Login challenge: go on</translation>
    </message>
    <message>
        <source>The server waits for the next step of the login (AUTH). The text after 334 is base64; with LOGIN it says "Username:" or "Password:". The client answers with one line of base64. 3xx codes mean: go on.</source>
        <translation>The server waits for the next step of the login (AUTH). The text after 334 is base64; with LOGIN it says "Username:" or "Password:". The client answers with one line of base64. 3xx codes mean: go on.</translation>
    </message>
    <message>
        <source>354 Start the message; end it with a dot</source>
        <translation>354 Start the message; end it with a dot</translation>
    </message>
    <message>
        <source>The answer to DATA: the server is ready for the message. The client now sends the header, a blank line and the body, and ends with a line with only ".". 3xx codes mean: go on.</source>
        <translation>The answer to DATA: the server is ready for the message. The client now sends the header, a blank line and the body, and ends with a line with only ".". 3xx codes mean: go on.</translation>
    </message>
    <message>
        <source>421 Service not available, closing</source>
        <translation>421 Service not available, closing</translation>
    </message>
    <message>
        <source>The server is shutting down, has waited too long, or saw too many errors, and closes the connection. 4xx codes are temporary: a sending server keeps the message in its queue and tries again later.</source>
        <translation>The server is shutting down, has waited too long, or saw too many errors, and closes the connection. 4xx codes are temporary: a sending server keeps the message in its queue and tries again later.</translation>
    </message>
    <message>
        <source>450 Mailbox unavailable (try later)</source>
        <translation>450 Mailbox unavailable (try later)</translation>
    </message>
    <message>
        <source>A temporary refusal: the mailbox is busy or cannot be used right now. 4xx codes mean "try again later": the sending server keeps the mail in its queue.</source>
        <translation>A temporary refusal: the mailbox is busy or cannot be used right now. 4xx codes mean "try again later": the sending server keeps the mail in its queue.</translation>
    </message>
    <message>
        <source>451 Local error: action aborted (try later)</source>
        <translation>451 Local error: action aborted (try later)</translation>
    </message>
    <message>
        <source>Something went wrong inside the server. It is temporary: the client should try again later.</source>
        <translation>Something went wrong inside the server. It is temporary: the client should try again later.</translation>
    </message>
    <message>
        <source>452 Not enough room or too many recipients (try later)</source>
        <translation>452 Not enough room or too many recipients (try later)</translation>
    </message>
    <message>
        <source>The server cannot take more right now: it has no space, or this message has too many recipients. It is temporary: the client sends the rest later.</source>
        <translation>The server cannot take more right now: it has no space, or this message has too many recipients. It is temporary: the client sends the rest later.</translation>
    </message>
    <message>
        <source>500 Syntax error: command not recognised</source>
        <translation>500 Syntax error: command not recognised</translation>
    </message>
    <message>
        <source>The server did not understand the line: an unknown command, a line too long, or a line not ended with CR LF. 5xx codes are permanent: sending the same again fails again.</source>
        <translation>The server did not understand the line: an unknown command, a line too long, or a line not ended with CR LF. 5xx codes are permanent: sending the same again fails again.</translation>
    </message>
    <message>
        <source>501 Syntax error in the arguments</source>
        <translation>501 Syntax error in the arguments</translation>
    </message>
    <message>
        <source>The command is known but what follows it is wrong, for example an address without &lt; &gt;. The reply shows the right syntax.</source>
        <translation>The command is known but what follows it is wrong, for example an address without &lt; &gt;. The reply shows the right syntax.</translation>
    </message>
    <message>
        <source>502 Command not implemented</source>
        <translation>502 Command not implemented</translation>
    </message>
    <message>
        <source>The server knows this command but does not offer it.</source>
        <translation>The server knows this command but does not offer it.</translation>
    </message>
    <message>
        <source>503 Bad sequence of commands</source>
        <translation>503 Bad sequence of commands</translation>
    </message>
    <message>
        <source>The command came in the wrong order, for example RCPT before MAIL, or MAIL before HELO. SMTP commands follow a fixed order: HELO or EHLO, MAIL, RCPT, DATA, and QUIT at the end.</source>
        <translation>The command came in the wrong order, for example RCPT before MAIL, or MAIL before HELO. SMTP commands follow a fixed order: HELO or EHLO, MAIL, RCPT, DATA, and QUIT at the end.</translation>
    </message>
    <message>
        <source>504 Parameter not implemented</source>
        <translation>504 Parameter not implemented</translation>
    </message>
    <message>
        <source>The command is fine but this option is not supported, for example an unknown AUTH mechanism.</source>
        <translation>The command is fine but this option is not supported, for example an unknown AUTH mechanism.</translation>
    </message>
    <message>
        <source>530 Authentication required</source>
        <translation>530 Authentication required</translation>
    </message>
    <message>
        <source>This server only takes mail from users who have logged in with AUTH. On the submission port (587) a mail client must log in first.</source>
        <translation>This server only takes mail from users who have logged in with AUTH. On the submission port (587) a mail client must log in first.</translation>
    </message>
    <message>
        <source>535 Authentication failed</source>
        <translation>535 Authentication failed</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. The client is not logged in.</source>
        <translation>The user name or the password is wrong. The client is not logged in.</translation>
    </message>
    <message>
        <source>550 Mailbox unavailable</source>
        <translation>550 Mailbox unavailable</translation>
    </message>
    <message>
        <source>A permanent refusal: usually the mailbox does not exist (user unknown). A sending server does not try again: it sends an error report (a bounce) to the sender.</source>
        <translation>A permanent refusal: usually the mailbox does not exist (user unknown). A sending server does not try again: it sends an error report (a bounce) to the sender.</translation>
    </message>
    <message>
        <source>551 User not local</source>
        <translation>551 User not local</translation>
    </message>
    <message>
        <source>The recipient is not here; the reply may say where to send the mail instead. The server will not pass it on itself.</source>
        <translation>The recipient is not here; the reply may say where to send the mail instead. The server will not pass it on itself.</translation>
    </message>
    <message>
        <source>552 Too big: storage allocation exceeded</source>
        <translation>552 Too big: storage allocation exceeded</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts, or the mailbox is full. It is permanent: trying again will not help.</source>
        <translation>The message is larger than the server accepts, or the mailbox is full. It is permanent: trying again will not help.</translation>
    </message>
    <message>
        <source>553 Mailbox name not allowed</source>
        <translation>553 Mailbox name not allowed</translation>
    </message>
    <message>
        <source>The address is not valid, for example it is badly written. Check the address.</source>
        <translation>The address is not valid, for example it is badly written. Check the address.</translation>
    </message>
    <message>
        <source>554 Transaction failed</source>
        <translation>554 Transaction failed</translation>
    </message>
    <message>
        <source>The server refuses the message, for example because it does not relay mail for strangers, or because no recipient was accepted. It is permanent.</source>
        <translation>The server refuses the message, for example because it does not relay mail for strangers, or because no recipient was accepted. It is permanent.</translation>
    </message>
    <message>
        <source>555 Parameter not recognised</source>
        <translation>555 Parameter not recognised</translation>
    </message>
    <message>
        <source>The server does not understand a parameter added after the address in MAIL FROM or RCPT TO (such as SIZE= or BODY=).</source>
        <translation>The server does not understand a parameter added after the address in MAIL FROM or RCPT TO (such as SIZE= or BODY=).</translation>
    </message>
    <message>
        <source>250: hello accepted</source>
        <translation>250: hello accepted</translation>
    </message>
    <message>
        <source>The server accepts the greeting and gives its own name. The opening (handshake) is done: the client can start the mail transfer with MAIL FROM.</source>
        <translation>The server accepts the greeting and gives its own name. The opening (handshake) is done: the client can start the mail transfer with MAIL FROM.</translation>
    </message>
    <message>
        <source>250: hello, and the list of extensions</source>
        <translation>250: hello, and the list of extensions</translation>
    </message>
    <message>
        <source>The server accepts the greeting. The lines after this one list the extensions it offers, one per line; a dash after 250 means "more lines follow", and the last line has a space instead.</source>
        <translation>The server accepts the greeting. The lines after this one list the extensions it offers, one per line; a dash after 250 means "more lines follow", and the last line has a space instead.</translation>
    </message>
    <message>
        <source>250: sender accepted</source>
        <translation>250: sender accepted</translation>
    </message>
    <message>
        <source>The server accepts the sender of the envelope. The mail transfer goes on: next, the client names the recipients with RCPT TO.</source>
        <translation>The server accepts the sender of the envelope. The mail transfer goes on: next, the client names the recipients with RCPT TO.</translation>
    </message>
    <message>
        <source>250: recipient accepted</source>
        <translation>250: recipient accepted</translation>
    </message>
    <message>
        <source>The server will take mail for this recipient: the mailbox is here, or (for a user who logged in) it will relay the mail towards the recipient's server. After the last recipient comes DATA.</source>
        <translation>The server will take mail for this recipient: the mailbox is here, or (for a user who logged in) it will relay the mail towards the recipient's server. After the last recipient comes DATA.</translation>
    </message>
    <message>
        <source>250: message accepted</source>
        <translation>250: message accepted</translation>
    </message>
    <message>
        <source>The server has taken the message and is now responsible for it: it is stored in the mailbox, or placed in the queue for the next server. The client can send another message or say QUIT.</source>
        <translation>The server has taken the message and is now responsible for it: it is stored in the mailbox, or placed in the queue for the next server. The client can send another message or say QUIT.</translation>
    </message>
    <message>
        <source>250: transaction reset</source>
        <translation>250: transaction reset</translation>
    </message>
    <message>
        <source>The server has forgotten the message in progress. The client can start again with MAIL FROM.</source>
        <translation>The server has forgotten the message in progress. The client can start again with MAIL FROM.</translation>
    </message>
    <message>
        <source>250: still here</source>
        <translation>250: still here</translation>
    </message>
    <message>
        <source>The answer to NOOP: nothing was done, and the connection is alive.</source>
        <translation>The answer to NOOP: nothing was done, and the connection is alive.</translation>
    </message>
    <message>
        <source>other or undefined status</source>
        <translation>other or undefined status</translation>
    </message>
    <message>
        <source>No more precise detail is given.</source>
        <translation>No more precise detail is given.</translation>
    </message>
    <message>
        <source>address status</source>
        <translation>address status</translation>
    </message>
    <message>
        <source>This is about an address (here, usually the sender's).</source>
        <translation>This is about an address (here, usually the sender's).</translation>
    </message>
    <message>
        <source>bad destination mailbox address</source>
        <translation>bad destination mailbox address</translation>
    </message>
    <message>
        <source>The mailbox does not exist at the destination: the part before the @ is wrong or the user is unknown.</source>
        <translation>The mailbox does not exist at the destination: the part before the @ is wrong or the user is unknown.</translation>
    </message>
    <message>
        <source>bad destination system address</source>
        <translation>bad destination system address</translation>
    </message>
    <message>
        <source>The domain after the @ does not exist or takes no mail.</source>
        <translation>The domain after the @ does not exist or takes no mail.</translation>
    </message>
    <message>
        <source>bad destination mailbox address syntax</source>
        <translation>bad destination mailbox address syntax</translation>
    </message>
    <message>
        <source>The recipient's address is badly written.</source>
        <translation>The recipient's address is badly written.</translation>
    </message>
    <message>
        <source>destination address valid</source>
        <translation>destination address valid</translation>
    </message>
    <message>
        <source>The recipient's address is good.</source>
        <translation>The recipient's address is good.</translation>
    </message>
    <message>
        <source>mailbox has moved</source>
        <translation>mailbox has moved</translation>
    </message>
    <message>
        <source>The user is no longer here and no new address is known.</source>
        <translation>The user is no longer here and no new address is known.</translation>
    </message>
    <message>
        <source>bad sender's mailbox address syntax</source>
        <translation>bad sender's mailbox address syntax</translation>
    </message>
    <message>
        <source>The sender's address is badly written.</source>
        <translation>The sender's address is badly written.</translation>
    </message>
    <message>
        <source>bad sender's system address</source>
        <translation>bad sender's system address</translation>
    </message>
    <message>
        <source>The sender's domain does not exist or takes no mail.</source>
        <translation>The sender's domain does not exist or takes no mail.</translation>
    </message>
    <message>
        <source>mailbox status</source>
        <translation>mailbox status</translation>
    </message>
    <message>
        <source>Something about the mailbox itself.</source>
        <translation>Something about the mailbox itself.</translation>
    </message>
    <message>
        <source>mailbox disabled</source>
        <translation>mailbox disabled</translation>
    </message>
    <message>
        <source>The mailbox exists but takes no messages now.</source>
        <translation>The mailbox exists but takes no messages now.</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <translation>mailbox full</translation>
    </message>
    <message>
        <source>The recipient has no room left.</source>
        <translation>The recipient has no room left.</translation>
    </message>
    <message>
        <source>message too long for the mailbox</source>
        <translation>message too long for the mailbox</translation>
    </message>
    <message>
        <source>The message is bigger than this mailbox allows.</source>
        <translation>The message is bigger than this mailbox allows.</translation>
    </message>
    <message>
        <source>mail system status</source>
        <translation>mail system status</translation>
    </message>
    <message>
        <source>A problem in the receiving mail system.</source>
        <translation>A problem in the receiving mail system.</translation>
    </message>
    <message>
        <source>mail system full</source>
        <translation>mail system full</translation>
    </message>
    <message>
        <source>The server has run out of space.</source>
        <translation>The server has run out of space.</translation>
    </message>
    <message>
        <source>message too big for the system</source>
        <translation>message too big for the system</translation>
    </message>
    <message>
        <source>The message is bigger than the server's limit (see SIZE).</source>
        <translation>The message is bigger than the server's limit (see SIZE).</translation>
    </message>
    <message>
        <source>network or routing status</source>
        <translation>network or routing status</translation>
    </message>
    <message>
        <source>A problem on the way between servers.</source>
        <translation>A problem on the way between servers.</translation>
    </message>
    <message>
        <source>no answer from host</source>
        <translation>no answer from host</translation>
    </message>
    <message>
        <source>The next server did not answer.</source>
        <translation>The next server did not answer.</translation>
    </message>
    <message>
        <source>bad connection</source>
        <translation>bad connection</translation>
    </message>
    <message>
        <source>The connection broke or was too slow.</source>
        <translation>The connection broke or was too slow.</translation>
    </message>
    <message>
        <source>unable to route</source>
        <translation>unable to route</translation>
    </message>
    <message>
        <source>No way was found to the recipient's server (see DNS MX).</source>
        <translation>No way was found to the recipient's server (see DNS MX).</translation>
    </message>
    <message>
        <source>delivery time expired</source>
        <translation>delivery time expired</translation>
    </message>
    <message>
        <source>The message waited in the queue for too long.</source>
        <translation>The message waited in the queue for too long.</translation>
    </message>
    <message>
        <source>protocol status</source>
        <translation>protocol status</translation>
    </message>
    <message>
        <source>Something about the SMTP conversation itself.</source>
        <translation>Something about the SMTP conversation itself.</translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation>invalid command</translation>
    </message>
    <message>
        <source>The command is unknown, not offered, or not allowed at this point.</source>
        <translation>The command is unknown, not offered, or not allowed at this point.</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>syntax error</translation>
    </message>
    <message>
        <source>The line could not be read as a command.</source>
        <translation>The line could not be read as a command.</translation>
    </message>
    <message>
        <source>too many recipients</source>
        <translation>too many recipients</translation>
    </message>
    <message>
        <source>The message has more recipients than the server takes at once.</source>
        <translation>The message has more recipients than the server takes at once.</translation>
    </message>
    <message>
        <source>invalid command arguments</source>
        <translation>invalid command arguments</translation>
    </message>
    <message>
        <source>The command is right but its arguments are not.</source>
        <translation>The command is right but its arguments are not.</translation>
    </message>
    <message>
        <source>message content status</source>
        <translation>message content status</translation>
    </message>
    <message>
        <source>A problem with the content of the message.</source>
        <translation>A problem with the content of the message.</translation>
    </message>
    <message>
        <source>security or policy status</source>
        <translation>security or policy status</translation>
    </message>
    <message>
        <source>About security or the server's rules, for example logging in.</source>
        <translation>About security or the server's rules, for example logging in.</translation>
    </message>
    <message>
        <source>delivery not authorised</source>
        <translation>delivery not authorised</translation>
    </message>
    <message>
        <source>The server's rules forbid this, for example relaying mail for someone who did not log in.</source>
        <translation>The server's rules forbid this, for example relaying mail for someone who did not log in.</translation>
    </message>
    <message>
        <source>authentication credentials invalid</source>
        <translation>authentication credentials invalid</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>authentication mechanism too weak</source>
        <translation>authentication mechanism too weak</translation>
    </message>
    <message>
        <source>The server wants a safer way of logging in.</source>
        <translation>The server wants a safer way of logging in.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation>temporary failure</translation>
    </message>
    <message>
        <source>permanent failure</source>
        <translation>permanent failure</translation>
    </message>
    <message>
        <source>PIPELINING: several commands at once</source>
        <translation>PIPELINING: several commands at once</translation>
    </message>
    <message>
        <source>The client may send MAIL, RCPT and DATA together without waiting for each answer; the replies then come back in the same order. This saves time on slow networks.</source>
        <translation>The client may send MAIL, RCPT and DATA together without waiting for each answer; the replies then come back in the same order. This saves time on slow networks.</translation>
    </message>
    <message>
        <source>SIZE: the largest message accepted</source>
        <translation>SIZE: the largest message accepted</translation>
    </message>
    <message>
        <source>The number is the biggest message, in octets, that this server takes. The client can announce the size of its message with MAIL FROM:&lt;…&gt; SIZE=n.</source>
        <translation>The number is the biggest message, in octets, that this server takes. The client can announce the size of its message with MAIL FROM:&lt;…&gt; SIZE=n.</translation>
    </message>
    <message>
        <source>8BITMIME: 8-bit text allowed</source>
        <translation>8BITMIME: 8-bit text allowed</translation>
    </message>
    <message>
        <source>SMTP was made for 7-bit ASCII. With 8BITMIME the server also accepts text with 8-bit characters (accents, ñ…) without encoding it first.</source>
        <translation>SMTP was made for 7-bit ASCII. With 8BITMIME the server also accepts text with 8-bit characters (accents, ñ…) without encoding it first.</translation>
    </message>
    <message>
        <source>ENHANCEDSTATUSCODES: more precise reply codes</source>
        <translation>ENHANCEDSTATUSCODES: more precise reply codes</translation>
    </message>
    <message>
        <source>After the three-digit code, replies carry a second code such as 2.1.5 or 5.1.1: class, subject and detail, which say more exactly what happened.</source>
        <translation>After the three-digit code, replies carry a second code such as 2.1.5 or 5.1.1: class, subject and detail, which say more exactly what happened.</translation>
    </message>
    <message>
        <source>AUTH: users can log in</source>
        <translation>AUTH: users can log in</translation>
    </message>
    <message>
        <source>The server accepts AUTH, and lists the ways of logging in it knows (PLAIN, LOGIN). A mail client logs in before sending mail through its server.</source>
        <translation>The server accepts AUTH, and lists the ways of logging in it knows (PLAIN, LOGIN). A mail client logs in before sending mail through its server.</translation>
    </message>
    <message>
        <source>HELP: help is available</source>
        <translation>HELP: help is available</translation>
    </message>
    <message>
        <source>The server answers the HELP command with a short text.</source>
        <translation>The server answers the HELP command with a short text.</translation>
    </message>
    <message>
        <source>STARTTLS: encryption available</source>
        <translation>STARTTLS: encryption available</translation>
    </message>
    <message>
        <source>The client may switch the connection to TLS so that nobody can read it.</source>
        <translation>The client may switch the connection to TLS so that nobody can read it.</translation>
    </message>
    <message>
        <source>CHUNKING: BDAT available</source>
        <translation>CHUNKING: BDAT available</translation>
    </message>
    <message>
        <source>The client may send the message in pieces with BDAT.</source>
        <translation>The client may send the message in pieces with BDAT.</translation>
    </message>
    <message>
        <source>DSN: delivery status notifications</source>
        <translation>DSN: delivery status notifications</translation>
    </message>
    <message>
        <source>The client may ask to be told when the message is delivered or fails.</source>
        <translation>The client may ask to be told when the message is delivered or fails.</translation>
    </message>
    <message>
        <source>SMTPUTF8: international addresses</source>
        <translation>SMTPUTF8: international addresses</translation>
    </message>
    <message>
        <source>Addresses may contain letters beyond ASCII.</source>
        <translation>Addresses may contain letters beyond ASCII.</translation>
    </message>
    <message>
        <source>USER: who is logging in</source>
        <translation>USER: who is logging in</translation>
    </message>
    <message>
        <source>In the AUTHORIZATION state the client gives the user name of the mailbox it wants to open. The server answers +OK and waits for PASS.</source>
        <translation>In the AUTHORIZATION state the client gives the user name of the mailbox it wants to open. The server answers +OK and waits for PASS.</translation>
    </message>
    <message>
        <source>PASS: the password</source>
        <translation>PASS: the password</translation>
    </message>
    <message>
        <source>Right after USER, the client sends the password, in clear text. If it is right, the server answers +OK, locks the mailbox, and the session enters the TRANSACTION state. Anyone watching the network can read this line.</source>
        <translation>Right after USER, the client sends the password, in clear text. If it is right, the server answers +OK, locks the mailbox, and the session enters the TRANSACTION state. Anyone watching the network can read this line.</translation>
    </message>
    <message>
        <source>APOP: log in without sending the password</source>
        <translation>APOP: log in without sending the password</translation>
    </message>
    <message>
        <source>Instead of USER and PASS, the client sends the user name and an MD5 digest of the greeting's timestamp and the password. The password itself never crosses the network. If the digest is right, the session enters the TRANSACTION state.</source>
        <translation>Instead of USER and PASS, the client sends the user name and an MD5 digest of the greeting's timestamp and the password. The password itself never crosses the network. If the digest is right, the session enters the TRANSACTION state.</translation>
    </message>
    <message>
        <source>STAT: how many messages?</source>
        <translation>STAT: how many messages?</translation>
    </message>
    <message>
        <source>The server answers +OK with the number of messages and their total size in octets. Messages marked for deletion are not counted.</source>
        <translation>The server answers +OK with the number of messages and their total size in octets. Messages marked for deletion are not counted.</translation>
    </message>
    <message>
        <source>LIST: the list of messages</source>
        <translation>LIST: the list of messages</translation>
    </message>
    <message>
        <source>The server answers +OK and then one line per message: its number and its size in octets, ending with a line with only a dot. With a number (LIST 2) it answers about that message only.</source>
        <translation>The server answers +OK and then one line per message: its number and its size in octets, ending with a line with only a dot. With a number (LIST 2) it answers about that message only.</translation>
    </message>
    <message>
        <source>RETR: download a message</source>
        <translation>RETR: download a message</translation>
    </message>
    <message>
        <source>The client asks for the whole message with this number. The server answers +OK and sends the message line by line, header and body, ending with a line with only a dot.</source>
        <translation>The client asks for the whole message with this number. The server answers +OK and sends the message line by line, header and body, ending with a line with only a dot.</translation>
    </message>
    <message>
        <source>DELE: mark a message for deletion</source>
        <translation>DELE: mark a message for deletion</translation>
    </message>
    <message>
        <source>The message is only marked: it is really deleted in the UPDATE state, after QUIT. Until then RSET can undo it. This is the course's "download and delete" mode.</source>
        <translation>The message is only marked: it is really deleted in the UPDATE state, after QUIT. Until then RSET can undo it. This is the course's "download and delete" mode.</translation>
    </message>
    <message>
        <source>The server just answers +OK. It keeps the connection alive.</source>
        <translation>The server just answers +OK. It keeps the connection alive.</translation>
    </message>
    <message>
        <source>RSET: undo the deletions</source>
        <translation>RSET: undo the deletions</translation>
    </message>
    <message>
        <source>Every message marked with DELE is unmarked. Nothing was deleted yet: that only happens in the UPDATE state.</source>
        <translation>Every message marked with DELE is unmarked. Nothing was deleted yet: that only happens in the UPDATE state.</translation>
    </message>
    <message>
        <source>QUIT: finish, and delete what was marked</source>
        <translation>QUIT: finish, and delete what was marked</translation>
    </message>
    <message>
        <source>The session enters the UPDATE state: the server deletes the messages marked with DELE, answers +OK and closes the connection.</source>
        <translation>The session enters the UPDATE state: the server deletes the messages marked with DELE, answers +OK and closes the connection.</translation>
    </message>
    <message>
        <source>TOP: the header and the first lines</source>
        <translation>TOP: the header and the first lines</translation>
    </message>
    <message>
        <source>TOP n k asks for the header of message n and the first k lines of its body. The client can see who sent a message and its subject without downloading all of it.</source>
        <translation>TOP n k asks for the header of message n and the first k lines of its body. The client can see who sent a message and its subject without downloading all of it.</translation>
    </message>
    <message>
        <source>UIDL: unique identifiers</source>
        <translation>UIDL: unique identifiers</translation>
    </message>
    <message>
        <source>The server gives each message an identifier that never changes between sessions. A client that keeps the mail on the server ("download and keep") uses it to know which messages it already has.</source>
        <translation>The server gives each message an identifier that never changes between sessions. A client that keeps the mail on the server ("download and keep") uses it to know which messages it already has.</translation>
    </message>
    <message>
        <source>CAPA: what can this server do?</source>
        <translation>CAPA: what can this server do?</translation>
    </message>
    <message>
        <source>The server lists its capabilities, one per line (TOP, UIDL, USER…), ending with a dot. It is the POP3 counterpart of SMTP's EHLO.</source>
        <translation>The server lists its capabilities, one per line (TOP, UIDL, USER…), ending with a dot. It is the POP3 counterpart of SMTP's EHLO.</translation>
    </message>
    <message>
        <source>QUIT: leave before logging in</source>
        <translation>QUIT: leave before logging in</translation>
    </message>
    <message>
        <source>The client leaves while still in the AUTHORIZATION state. The server answers +OK and closes the connection; there is no UPDATE state, so nothing is deleted.</source>
        <translation>The client leaves while still in the AUTHORIZATION state. The server answers +OK and closes the connection; there is no UPDATE state, so nothing is deleted.</translation>
    </message>
    <message>
        <source>The server does not know this command and answers -ERR. POP3 commands are short keywords: USER, PASS, STAT, LIST, RETR, DELE, QUIT… (upper or lower case both work).</source>
        <translation>The server does not know this command and answers -ERR. POP3 commands are short keywords: USER, PASS, STAT, LIST, RETR, DELE, QUIT… (upper or lower case both work).</translation>
    </message>
    <message>
        <source>+OK: the POP3 server is ready</source>
        <translation>+OK: the POP3 server is ready</translation>
    </message>
    <message>
        <source>The server greets the client as soon as the TCP connection is open. The session is in the AUTHORIZATION state: the client must log in with USER and PASS (or APOP). The text between &lt; &gt; is a timestamp that APOP uses.</source>
        <translation>The server greets the client as soon as the TCP connection is open. The session is in the AUTHORIZATION state: the client must log in with USER and PASS (or APOP). The text between &lt; &gt; is a timestamp that APOP uses.</translation>
    </message>
    <message>
        <source>+OK: the command worked</source>
        <translation>+OK: the command worked</translation>
    </message>
    <message>
        <source>POP3 has only two answers: +OK when the command worked and -ERR when it did not, followed by some text for humans.</source>
        <translation>POP3 has only two answers: +OK when the command worked and -ERR when it did not, followed by some text for humans.</translation>
    </message>
    <message>
        <source>+OK: now the password</source>
        <translation>+OK: now the password</translation>
    </message>
    <message>
        <source>The server has noted the user name and waits for PASS. It says +OK even for a name that does not exist, so that nobody can find out which names exist.</source>
        <translation>The server has noted the user name and waits for PASS. It says +OK even for a name that does not exist, so that nobody can find out which names exist.</translation>
    </message>
    <message>
        <source>+OK: logged in</source>
        <translation>+OK: logged in</translation>
    </message>
    <message>
        <source>The password is right. The mailbox is locked for this session, and the session enters the TRANSACTION state: now the client can use STAT, LIST, RETR and DELE.</source>
        <translation>The password is right. The mailbox is locked for this session, and the session enters the TRANSACTION state: now the client can use STAT, LIST, RETR and DELE.</translation>
    </message>
    <message>
        <source>The digest is right. The mailbox is locked for this session, and the session enters the TRANSACTION state.</source>
        <translation>The digest is right. The mailbox is locked for this session, and the session enters the TRANSACTION state.</translation>
    </message>
    <message>
        <source>+OK: the list follows</source>
        <translation>+OK: the list follows</translation>
    </message>
    <message>
        <source>How many messages there are and their total size. Next come the lines of the list, one per message, and a line with only a dot.</source>
        <translation>How many messages there are and their total size. Next come the lines of the list, one per message, and a line with only a dot.</translation>
    </message>
    <message>
        <source>+OK: the message follows</source>
        <translation>+OK: the message follows</translation>
    </message>
    <message>
        <source>The size of the message in octets. Next comes the message, line by line, and a line with only a dot at the end.</source>
        <translation>The size of the message in octets. Next comes the message, line by line, and a line with only a dot at the end.</translation>
    </message>
    <message>
        <source>+OK: marked for deletion</source>
        <translation>+OK: marked for deletion</translation>
    </message>
    <message>
        <source>The message is marked. It will be deleted after QUIT, in the UPDATE state.</source>
        <translation>The message is marked. It will be deleted after QUIT, in the UPDATE state.</translation>
    </message>
    <message>
        <source>+OK: goodbye</source>
        <translation>+OK: goodbye</translation>
    </message>
    <message>
        <source>The server has removed the messages marked with DELE (UPDATE state) and closes the connection.</source>
        <translation>The server has removed the messages marked with DELE (UPDATE state) and closes the connection.</translation>
    </message>
    <message>
        <source>-ERR: the command failed</source>
        <translation>-ERR: the command failed</translation>
    </message>
    <message>
        <source>Something was wrong: an unknown command, a wrong password, a message that does not exist… The text after -ERR says what. The session stays in the same state.</source>
        <translation>Something was wrong: an unknown command, a wrong password, a message that does not exist… The text after -ERR says what. The session stays in the same state.</translation>
    </message>
    <message>
        <source>[IN-USE]: the mailbox is already open</source>
        <translation>[IN-USE]: the mailbox is already open</translation>
    </message>
    <message>
        <source>Another session is using this mailbox; POP3 gives one session at a time the mailbox to itself. Try again when the other client has finished.</source>
        <translation>Another session is using this mailbox; POP3 gives one session at a time the mailbox to itself. Try again when the other client has finished.</translation>
    </message>
    <message>
        <source>[LOGIN-DELAY]: too soon</source>
        <translation>[LOGIN-DELAY]: too soon</translation>
    </message>
    <message>
        <source>The user logged in too recently; wait before trying again.</source>
        <translation>The user logged in too recently; wait before trying again.</translation>
    </message>
    <message>
        <source>[AUTH]: wrong user name or password</source>
        <translation>[AUTH]: wrong user name or password</translation>
    </message>
    <message>
        <source>The login failed because of the name or the password, not because of a problem in the server.</source>
        <translation>The login failed because of the name or the password, not because of a problem in the server.</translation>
    </message>
    <message>
        <source>[SYS/TEMP]: temporary server problem</source>
        <translation>[SYS/TEMP]: temporary server problem</translation>
    </message>
    <message>
        <source>The server has a problem; try again later.</source>
        <translation>The server has a problem; try again later.</translation>
    </message>
    <message>
        <source>[SYS/PERM]: server problem</source>
        <translation>[SYS/PERM]: server problem</translation>
    </message>
    <message>
        <source>The server has a problem that will not go away by itself.</source>
        <translation>The server has a problem that will not go away by itself.</translation>
    </message>
    <message>
        <source>Capability: TOP</source>
        <translation>Capability: TOP</translation>
    </message>
    <message>
        <source>The server offers TOP: the header and first lines of a message.</source>
        <translation>The server offers TOP: the header and first lines of a message.</translation>
    </message>
    <message>
        <source>Capability: USER</source>
        <translation>Capability: USER</translation>
    </message>
    <message>
        <source>The client may log in with USER and PASS.</source>
        <translation>The client may log in with USER and PASS.</translation>
    </message>
    <message>
        <source>Capability: SASL</source>
        <translation>Capability: SASL</translation>
    </message>
    <message>
        <source>The client may log in with AUTH and these mechanisms.</source>
        <translation>The client may log in with AUTH and these mechanisms.</translation>
    </message>
    <message>
        <source>Capability: RESP-CODES</source>
        <translation>Capability: RESP-CODES</translation>
    </message>
    <message>
        <source>Error answers may carry a code in brackets, such as [IN-USE], that a program can understand.</source>
        <translation>Error answers may carry a code in brackets, such as [IN-USE], that a program can understand.</translation>
    </message>
    <message>
        <source>Capability: LOGIN-DELAY</source>
        <translation>Capability: LOGIN-DELAY</translation>
    </message>
    <message>
        <source>The shortest time allowed between two logins.</source>
        <translation>The shortest time allowed between two logins.</translation>
    </message>
    <message>
        <source>Capability: PIPELINING</source>
        <translation>Capability: PIPELINING</translation>
    </message>
    <message>
        <source>The client may send several commands without waiting for each answer.</source>
        <translation>The client may send several commands without waiting for each answer.</translation>
    </message>
    <message>
        <source>Capability: EXPIRE</source>
        <translation>Capability: EXPIRE</translation>
    </message>
    <message>
        <source>How many days the server keeps messages that were read.</source>
        <translation>How many days the server keeps messages that were read.</translation>
    </message>
    <message>
        <source>Capability: UIDL</source>
        <translation>Capability: UIDL</translation>
    </message>
    <message>
        <source>The server offers unique, lasting message identifiers.</source>
        <translation>The server offers unique, lasting message identifiers.</translation>
    </message>
    <message>
        <source>Capability: IMPLEMENTATION</source>
        <translation>Capability: IMPLEMENTATION</translation>
    </message>
    <message>
        <source>The name of the server software.</source>
        <translation>The name of the server software.</translation>
    </message>
    <message>
        <source>A line of the list: number and size</source>
        <translation>A line of the list: number and size</translation>
    </message>
    <message>
        <source>Each line gives a message number and its size in octets. The client uses the number with RETR and DELE.</source>
        <translation>Each line gives a message number and its size in octets. The client uses the number with RETR and DELE.</translation>
    </message>
    <message>
        <source>A line of the list: number and unique identifier</source>
        <translation>A line of the list: number and unique identifier</translation>
    </message>
    <message>
        <source>Each line gives a message number and its unique identifier, which stays the same in every session.</source>
        <translation>Each line gives a message number and its unique identifier, which stays the same in every session.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capability</translation>
    </message>
    <message>
        <source>One thing this server can do, announced in answer to CAPA.</source>
        <translation>One thing this server can do, announced in answer to CAPA.</translation>
    </message>
    <message>
        <source>End of the multi-line answer</source>
        <translation>End of the multi-line answer</translation>
    </message>
    <message>
        <source>A line with only a dot ends the list or the message. If a line of the message itself starts with a dot, the server doubles that dot (byte-stuffing) so that it cannot be taken for the end.</source>
        <translation>A line with only a dot ends the list or the message. If a line of the message itself starts with a dot, the server doubles that dot (byte-stuffing) so that it cannot be taken for the end.</translation>
    </message>
    <message>
        <source>End of the message: a line with only a dot</source>
        <translation>End of the message: a line with only a dot</translation>
    </message>
    <message>
        <source>CR LF . CR LF ends the message. The server now answers: 250 if it accepts the message. Then the client can send another message or QUIT to start the closing phase.</source>
        <translation>CR LF . CR LF ends the message. The server now answers: 250 if it accepts the message. Then the client can send another message or QUIT to start the closing phase.</translation>
    </message>
    <message>
        <source>A doubled dot (dot-stuffing)</source>
        <translation>A doubled dot (dot-stuffing)</translation>
    </message>
    <message>
        <source>This line of the message starts with a dot, so the sender added a second one; the receiver removes it. That way a line of text can never be taken for the lone dot that ends the message.</source>
        <translation>This line of the message starts with a dot, so the sender added a second one; the receiver removes it. That way a line of text can never be taken for the lone dot that ends the message.</translation>
    </message>
    <message>
        <source>A doubled dot (byte-stuffing)</source>
        <translation>A doubled dot (byte-stuffing)</translation>
    </message>
    <message>
        <source>This line of the message starts with a dot, so the server added a second one; the client removes it. That way a line of text can never be taken for the lone dot that ends the answer.</source>
        <translation>This line of the message starts with a dot, so the server added a second one; the client removes it. That way a line of text can never be taken for the lone dot that ends the answer.</translation>
    </message>
    <message>
        <source>Blank line: end of the header</source>
        <translation>Blank line: end of the header</translation>
    </message>
    <message>
        <source>The empty line separates the header (From, To, Subject…) from the body, the text of the message.</source>
        <translation>The empty line separates the header (From, To, Subject…) from the body, the text of the message.</translation>
    </message>
    <message>
        <source>A line of the message body</source>
        <translation>A line of the message body</translation>
    </message>
    <message>
        <source>Part of the text the sender wrote. It travels unchanged, line by line; each line ends with CR LF and may be at most 1000 octets long.</source>
        <translation>Part of the text the sender wrote. It travels unchanged, line by line; each line ends with CR LF and may be at most 1000 octets long.</translation>
    </message>
    <message>
        <source>Continuation of a header field</source>
        <translation>Continuation of a header field</translation>
    </message>
    <message>
        <source>A header line that starts with a space or a tab continues the field above (folding), so that long fields fit in short lines.</source>
        <translation>A header line that starts with a space or a tab continues the field above (folding), so that long fields fit in short lines.</translation>
    </message>
    <message>
        <source>From: who wrote the message</source>
        <translation>From: who wrote the message</translation>
    </message>
    <message>
        <source>The author's address, as the reader's mail client shows it. It belongs to the message, not to the envelope: the servers used MAIL FROM, which can be different.</source>
        <translation>The author's address, as the reader's mail client shows it. It belongs to the message, not to the envelope: the servers used MAIL FROM, which can be different.</translation>
    </message>
    <message>
        <source>Sender: who actually sent it</source>
        <translation>Sender: who actually sent it</translation>
    </message>
    <message>
        <source>Used when the person who sends the message is not its author, such as a secretary.</source>
        <translation>Used when the person who sends the message is not its author, such as a secretary.</translation>
    </message>
    <message>
        <source>Reply-To: where answers should go</source>
        <translation>Reply-To: where answers should go</translation>
    </message>
    <message>
        <source>Replies go to this address instead of the From: address.</source>
        <translation>Replies go to this address instead of the From: address.</translation>
    </message>
    <message>
        <source>To: the main recipients</source>
        <translation>To: the main recipients</translation>
    </message>
    <message>
        <source>The addresses the message is written to, as the reader sees them. The servers do not deliver by this line: they use RCPT TO from the envelope.</source>
        <translation>The addresses the message is written to, as the reader sees them. The servers do not deliver by this line: they use RCPT TO from the envelope.</translation>
    </message>
    <message>
        <source>Cc: copies</source>
        <translation>Cc: copies</translation>
    </message>
    <message>
        <source>Other recipients who get a copy; everyone can see them.</source>
        <translation>Other recipients who get a copy; everyone can see them.</translation>
    </message>
    <message>
        <source>Bcc: hidden copies</source>
        <translation>Bcc: hidden copies</translation>
    </message>
    <message>
        <source>Recipients the others do not see.</source>
        <translation>Recipients the others do not see.</translation>
    </message>
    <message>
        <source>Subject: what the message is about</source>
        <translation>Subject: what the message is about</translation>
    </message>
    <message>
        <source>A short line the reader sees in the list of messages. It is optional.</source>
        <translation>A short line the reader sees in the list of messages. It is optional.</translation>
    </message>
    <message>
        <source>Date: when the message was written</source>
        <translation>Date: when the message was written</translation>
    </message>
    <message>
        <source>The date and time the author's mail client sent the message, with its time zone.</source>
        <translation>The date and time the author's mail client sent the message, with its time zone.</translation>
    </message>
    <message>
        <source>Message-ID: a unique name for this message</source>
        <translation>Message-ID: a unique name for this message</translation>
    </message>
    <message>
        <source>An identifier that no other message in the world has, made by the sender's mail client. Replies use it to refer to this message.</source>
        <translation>An identifier that no other message in the world has, made by the sender's mail client. Replies use it to refer to this message.</translation>
    </message>
    <message>
        <source>In-Reply-To: the message this one answers</source>
        <translation>In-Reply-To: the message this one answers</translation>
    </message>
    <message>
        <source>The Message-ID of the message being answered.</source>
        <translation>The Message-ID of the message being answered.</translation>
    </message>
    <message>
        <source>References: the conversation so far</source>
        <translation>References: the conversation so far</translation>
    </message>
    <message>
        <source>The Message-IDs of the earlier messages in the conversation.</source>
        <translation>The Message-IDs of the earlier messages in the conversation.</translation>
    </message>
    <message>
        <source>Received: a stamp from each server on the way</source>
        <translation>Received: a stamp from each server on the way</translation>
    </message>
    <message>
        <source>Every server that passes the message on adds a Received: field at the top, saying where the message came from, who received it and when. Read from the bottom up, they show the path of the message.</source>
        <translation>Every server that passes the message on adds a Received: field at the top, saying where the message came from, who received it and when. Read from the bottom up, they show the path of the message.</translation>
    </message>
    <message>
        <source>Return-Path: where errors go</source>
        <translation>Return-Path: where errors go</translation>
    </message>
    <message>
        <source>The last server, which stores the message in the mailbox, writes here the sender of the envelope (MAIL FROM). Error reports about this message go to this address.</source>
        <translation>The last server, which stores the message in the mailbox, writes here the sender of the envelope (MAIL FROM). Error reports about this message go to this address.</translation>
    </message>
    <message>
        <source>MIME-Version: the message uses MIME</source>
        <translation>MIME-Version: the message uses MIME</translation>
    </message>
    <message>
        <source>The message follows MIME, the extensions that allow accents, other languages, attachments and pictures in e-mail.</source>
        <translation>The message follows MIME, the extensions that allow accents, other languages, attachments and pictures in e-mail.</translation>
    </message>
    <message>
        <source>Content-Type: what kind of content</source>
        <translation>Content-Type: what kind of content</translation>
    </message>
    <message>
        <source>What the body is, for example text/plain (plain text) or text/html, and its character set, such as UTF-8. MIME also uses it for attachments (multipart).</source>
        <translation>What the body is, for example text/plain (plain text) or text/html, and its character set, such as UTF-8. MIME also uses it for attachments (multipart).</translation>
    </message>
    <message>
        <source>Content-Transfer-Encoding: how the body is written</source>
        <translation>Content-Transfer-Encoding: how the body is written</translation>
    </message>
    <message>
        <source>How the body was turned into lines that SMTP can carry: 7bit (plain ASCII), 8bit, quoted-printable or base64.</source>
        <translation>How the body was turned into lines that SMTP can carry: 7bit (plain ASCII), 8bit, quoted-printable or base64.</translation>
    </message>
    <message>
        <source>A header field</source>
        <translation>A header field</translation>
    </message>
    <message>
        <source>A field of the message header: a name, a colon and a value. Fields that a mail client does not know are simply kept.</source>
        <translation>A field of the message header: a name, a colon and a value. Fields that a mail client does not know are simply kept.</translation>
    </message>
    <message>
        <source>A TCP connection opens</source>
        <translation>A TCP connection opens</translation>
    </message>
    <message>
        <source>Before any SMTP or POP3 line, the client opens a TCP connection to the server's port (25 for SMTP between servers, 587 for submission, 110 for POP3) with the three-way handshake: SYN, SYN-ACK, ACK. TCP then carries the lines reliably and in order. The server speaks first, with its greeting.</source>
        <translation>Before any SMTP or POP3 line, the client opens a TCP connection to the server's port (25 for SMTP between servers, 587 for submission, 110 for POP3) with the three-way handshake: SYN, SYN-ACK, ACK. TCP then carries the lines reliably and in order. The server speaks first, with its greeting.</translation>
    </message>
    <message>
        <source>The TCP connection closes</source>
        <translation>The TCP connection closes</translation>
    </message>
    <message>
        <source>The connection ends, normally after QUIT and its answer (221 in SMTP, +OK in POP3). Each side sends a FIN segment to say it has finished.</source>
        <translation>The connection ends, normally after QUIT and its answer (221 in SMTP, +OK in POP3). Each side sends a FIN segment to say it has finished.</translation>
    </message>
    <message>
        <source>DNS: which server takes mail for this domain?</source>
        <translation>DNS: which server takes mail for this domain?</translation>
    </message>
    <message>
        <source>To send mail to user@domain, a server asks DNS for the domain's MX records: the names of its mail servers, each with a preference number (the lowest is tried first). If there is no MX record, the domain itself is tried. Then the server opens a TCP connection to port 25.</source>
        <translation>To send mail to user@domain, a server asks DNS for the domain's MX records: the names of its mail servers, each with a preference number (the lowest is tried first). If there is no MX record, the domain itself is tried. Then the server opens a TCP connection to port 25.</translation>
    </message>
    <message>
        <source>The message queue</source>
        <translation>The message queue</translation>
    </message>
    <message>
        <source>A server that must pass a message on keeps it in a queue until the next server accepts it. If that server cannot be reached or answers with a 4xx code, the message waits and is tried again later, waiting longer each time (back-off). After too many attempts, or after a 5xx code, the sender gets an error report.</source>
        <translation>A server that must pass a message on keeps it in a queue until the next server accepts it. If that server cannot be reached or answers with a 4xx code, the message waits and is tried again later, waiting longer each time (back-off). After too many attempts, or after a 5xx code, the sender gets an error report.</translation>
    </message>
    <message>
        <source>Delivery: into the mailbox, or back to the sender</source>
        <translation>Delivery: into the mailbox, or back to the sender</translation>
    </message>
    <message>
        <source>The last server stores the message in the recipient's mailbox, adding Return-Path:; there it waits until the recipient downloads it with POP3. If the message cannot be delivered, the server sends an error report (a bounce) to the sender of the envelope.</source>
        <translation>The last server stores the message in the recipient's mailbox, adding Return-Path:; there it waits until the recipient downloads it with POP3. If the message cannot be delivered, the server sends an error report (a bounce) to the sender of the envelope.</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>An error report is sent from the empty sender &lt;&gt;, so that it never causes another one.</source>
        <translation>An error report is sent from the empty sender &lt;&gt;, so that it never causes another one.</translation>
    </message>
    <message>
        <source>A step of the story</source>
        <translation>A step of the story</translation>
    </message>
    <message>
        <source>The scenario's narration: what happens next, in the words of the course.</source>
        <translation>The scenario's narration: what happens next, in the words of the course.</translation>
    </message>
    <message>
        <source>A check of the scenario</source>
        <translation>A check of the scenario</translation>
    </message>
    <message>
        <source>The scenario checks that the world is as expected, for example that a mailbox holds a message. OK means it is; FAILED means something went differently.</source>
        <translation>The scenario checks that the world is as expected, for example that a mailbox holds a message. OK means it is; FAILED means something went differently.</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>A note</translation>
    </message>
    <message>
        <source>Something worth knowing that is not a line of a protocol, such as a connection that could not be made or a server that stopped listening.</source>
        <translation>Something worth knowing that is not a line of a protocol, such as a connection that could not be made or a server that stopped listening.</translation>
    </message>
    <message>
        <source>A reply without a valid code</source>
        <translation>A reply without a valid code</translation>
    </message>
    <message>
        <source>Every SMTP reply starts with a three-digit code. This line does not, so a client cannot understand it.</source>
        <translation>Every SMTP reply starts with a three-digit code. This line does not, so a client cannot understand it.</translation>
    </message>
    <message>
        <source>An extension the server offers</source>
        <translation>An extension the server offers</translation>
    </message>
    <message>
        <source>A line of the answer to EHLO: one extension keyword, with its parameters.</source>
        <translation>A line of the answer to EHLO: one extension keyword, with its parameters.</translation>
    </message>
    <message>
        <source>The dash after the code means that more lines of this reply follow.</source>
        <translation>The dash after the code means that more lines of this reply follow.</translation>
    </message>
    <message>
        <source>The challenge decoded</source>
        <translation>The challenge decoded</translation>
    </message>
    <message>
        <source>In base64, "%1" means "%2".</source>
        <translation>In base64, "%1" means "%2".</translation>
    </message>
    <message>
        <source>[%1]: a response code</source>
        <translation>[%1]: a response code</translation>
    </message>
    <message>
        <source>A code in brackets that a program can understand.</source>
        <translation>A code in brackets that a program can understand.</translation>
    </message>
    <message>
        <source>+OK: %1 worked</source>
        <translation>+OK: %1 worked</translation>
    </message>
    <message>
        <source>%1: success</source>
        <translation>%1: success</translation>
    </message>
    <message>
        <source>A 2xx code: the requested action was completed.</source>
        <translation>A 2xx code: the requested action was completed.</translation>
    </message>
    <message>
        <source>%1: go on</source>
        <translation>%1: go on</translation>
    </message>
    <message>
        <source>A 3xx code: the server waits for more from the client.</source>
        <translation>A 3xx code: the server waits for more from the client.</translation>
    </message>
    <message>
        <source>%1: temporary failure</source>
        <translation>%1: temporary failure</translation>
    </message>
    <message>
        <source>A 4xx code: it did not work this time, but it may work later. A sending server keeps the message in its queue and tries again.</source>
        <translation>A 4xx code: it did not work this time, but it may work later. A sending server keeps the message in its queue and tries again.</translation>
    </message>
    <message>
        <source>%1: permanent failure</source>
        <translation>%1: permanent failure</translation>
    </message>
    <message>
        <source>A 5xx code: it did not work and will not work if tried again the same way.</source>
        <translation>A 5xx code: it did not work and will not work if tried again the same way.</translation>
    </message>
    <message>
        <source>%1: not a valid reply code</source>
        <translation>%1: not a valid reply code</translation>
    </message>
    <message>
        <source>SMTP reply codes start with 2, 3, 4 or 5.</source>
        <translation>SMTP reply codes start with 2, 3, 4 or 5.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enhanced status code (%1): %2 %3</source>
        <translation>Enhanced status code (%1): %2 %3</translation>
    </message>
    <message>
        <source>The three numbers are class, subject and detail.</source>
        <translation>The three numbers are class, subject and detail.</translation>
    </message>
    <message>
        <source>%1: enhanced status code</source>
        <translation>%1: enhanced status code</translation>
    </message>
    <message>
        <source>Enhanced status code (%1). The three numbers are class, subject and detail.</source>
        <translation>Enhanced status code (%1). The three numbers are class, subject and detail.</translation>
    </message>
    <message>
        <source>%1: a header field</source>
        <translation>%1: a header field</translation>
    </message>
    <message>
        <source>Opening (handshake)</source>
        <translation>Opening (handshake)</translation>
    </message>
    <message>
        <source>Mail transfer</source>
        <translation>Mail transfer</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>AUTHORIZATION state</source>
        <translation>AUTHORIZATION state</translation>
    </message>
    <message>
        <source>TRANSACTION state</source>
        <translation>TRANSACTION state</translation>
    </message>
    <message>
        <source>UPDATE state</source>
        <translation>UPDATE state</translation>
    </message>
    <message>
        <source>Content-Disposition: show it, or keep it as a file</source>
        <translation>Content-Disposition: show it, or keep it as a file</translation>
    </message>
    <message>
        <source>Says whether a part is shown in the message (inline) or is an attachment, and its file name; a name with accents is written with RFC 2231's filename*=.</source>
        <translation>Says whether a part is shown in the message (inline) or is an attachment, and its file name; a name with accents is written with RFC 2231's filename*=.</translation>
    </message>
    <message>
        <source>CAPABILITY: what can this server do?</source>
        <translation>CAPABILITY: what can this server do?</translation>
    </message>
    <message>
        <source>The client asks for the server&apos;s capabilities: IMAP4rev1 and the extensions it offers (IDLE, MOVE, UIDPLUS…). The answer comes untagged (* CAPABILITY), then the tagged OK.</source>
        <translation>The client asks for the server&apos;s capabilities: IMAP4rev1 and the extensions it offers (IDLE, MOVE, UIDPLUS…). The answer comes untagged (* CAPABILITY), then the tagged OK.</translation>
    </message>
    <message>
        <source>NOOP: anything new?</source>
        <translation>NOOP: anything new?</translation>
    </message>
    <message>
        <source>It does nothing, but before its OK the server tells what changed in the selected mailbox: new messages (EXISTS), deleted ones (EXPUNGE), changed flags.</source>
        <translation>It does nothing, but before its OK the server tells what changed in the selected mailbox: new messages (EXISTS), deleted ones (EXPUNGE), changed flags.</translation>
    </message>
    <message>
        <source>LOGOUT: end the session</source>
        <translation>LOGOUT: end the session</translation>
    </message>
    <message>
        <source>The server says BYE, answers OK and closes the connection. Unlike POP3&apos;s QUIT, nothing is deleted: the mail stays on the server.</source>
        <translation>The server says BYE, answers OK and closes the connection. Unlike POP3&apos;s QUIT, nothing is deleted: the mail stays on the server.</translation>
    </message>
    <message>
        <source>LOGIN: user name and password</source>
        <translation>LOGIN: user name and password</translation>
    </message>
    <message>
        <source>The client logs in with a user name and a password, in clear text on this connection. If they are right the session goes from the not authenticated state to the authenticated state.</source>
        <translation>The client logs in with a user name and a password, in clear text on this connection. If they are right the session goes from the not authenticated state to the authenticated state.</translation>
    </message>
    <message>
        <source>AUTHENTICATE: log in with a SASL mechanism</source>
        <translation>AUTHENTICATE: log in with a SASL mechanism</translation>
    </message>
    <message>
        <source>With PLAIN, the user name and the password go in base64 after the server&apos;s &quot;+&quot;. Base64 is not encryption: anyone watching the network can decode it.</source>
        <translation>With PLAIN, the user name and the password go in base64 after the server&apos;s &quot;+&quot;. Base64 is not encryption: anyone watching the network can decode it.</translation>
    </message>
    <message>
        <source>SELECT: open a mailbox</source>
        <translation>SELECT: open a mailbox</translation>
    </message>
    <message>
        <source>The client opens a mailbox (a folder) to work in it. The server tells how many messages it holds (EXISTS), which flags exist, and its UIDVALIDITY and UIDNEXT; the session enters the selected state.</source>
        <translation>The client opens a mailbox (a folder) to work in it. The server tells how many messages it holds (EXISTS), which flags exist, and its UIDVALIDITY and UIDNEXT; the session enters the selected state.</translation>
    </message>
    <message>
        <source>EXAMINE: open a mailbox read-only</source>
        <translation>EXAMINE: open a mailbox read-only</translation>
    </message>
    <message>
        <source>Like SELECT, but nothing in the mailbox can change: no flag is set, not even \Seen when a message is read.</source>
        <translation>Like SELECT, but nothing in the mailbox can change: no flag is set, not even \Seen when a message is read.</translation>
    </message>
    <message>
        <source>CREATE: a new folder</source>
        <translation>CREATE: a new folder</translation>
    </message>
    <message>
        <source>The mail stays on the server, organised in folders the user creates. &quot;/&quot; separates the levels (Escola/Redes).</source>
        <translation>The mail stays on the server, organised in folders the user creates. &quot;/&quot; separates the levels (Escola/Redes).</translation>
    </message>
    <message>
        <source>DELETE: remove a folder</source>
        <translation>DELETE: remove a folder</translation>
    </message>
    <message>
        <source>The folder and the messages in it are deleted. INBOX cannot be deleted.</source>
        <translation>The folder and the messages in it are deleted. INBOX cannot be deleted.</translation>
    </message>
    <message>
        <source>RENAME: rename a folder</source>
        <translation>RENAME: rename a folder</translation>
    </message>
    <message>
        <source>The folder (and the folders inside it) takes the new name.</source>
        <translation>The folder (and the folders inside it) takes the new name.</translation>
    </message>
    <message>
        <source>SUBSCRIBE: show this folder</source>
        <translation>SUBSCRIBE: show this folder</translation>
    </message>
    <message>
        <source>The folder joins the list the client shows (LSUB).</source>
        <translation>The folder joins the list the client shows (LSUB).</translation>
    </message>
    <message>
        <source>UNSUBSCRIBE: hide this folder</source>
        <translation>UNSUBSCRIBE: hide this folder</translation>
    </message>
    <message>
        <source>The folder leaves the list the client shows (LSUB); it is not deleted.</source>
        <translation>The folder leaves the list the client shows (LSUB); it is not deleted.</translation>
    </message>
    <message>
        <source>LIST: which folders are there?</source>
        <translation>LIST: which folders are there?</translation>
    </message>
    <message>
        <source>The server answers one * LIST line per folder that matches the pattern (&quot;*&quot; matches anything, &quot;%&quot; does not go down a level), with its attributes (\Sent, \Trash…) and the level separator.</source>
        <translation>The server answers one * LIST line per folder that matches the pattern (&quot;*&quot; matches anything, &quot;%&quot; does not go down a level), with its attributes (\Sent, \Trash…) and the level separator.</translation>
    </message>
    <message>
        <source>LSUB: the subscribed folders</source>
        <translation>LSUB: the subscribed folders</translation>
    </message>
    <message>
        <source>Like LIST, but only the folders the user subscribed to.</source>
        <translation>Like LIST, but only the folders the user subscribed to.</translation>
    </message>
    <message>
        <source>STATUS: a folder&apos;s counts, without opening it</source>
        <translation>STATUS: a folder&apos;s counts, without opening it</translation>
    </message>
    <message>
        <source>How many messages, how many unseen, the next UID… of a folder that is not the selected one.</source>
        <translation>How many messages, how many unseen, the next UID… of a folder that is not the selected one.</translation>
    </message>
    <message>
        <source>APPEND: put a message in a folder</source>
        <translation>APPEND: put a message in a folder</translation>
    </message>
    <message>
        <source>The client uploads a whole message as a literal, for example to keep a copy of what it sent in Sent, as webmail does.</source>
        <translation>The client uploads a whole message as a literal, for example to keep a copy of what it sent in Sent, as webmail does.</translation>
    </message>
    <message>
        <source>CHECK: a checkpoint</source>
        <translation>CHECK: a checkpoint</translation>
    </message>
    <message>
        <source>The server may tidy the mailbox up; here it just answers OK.</source>
        <translation>The server may tidy the mailbox up; here it just answers OK.</translation>
    </message>
    <message>
        <source>CLOSE: close the mailbox, deleting what was marked</source>
        <translation>CLOSE: close the mailbox, deleting what was marked</translation>
    </message>
    <message>
        <source>The messages with the \Deleted flag are removed silently and the session goes back to the authenticated state.</source>
        <translation>The messages with the \Deleted flag are removed silently and the session goes back to the authenticated state.</translation>
    </message>
    <message>
        <source>UNSELECT: close the mailbox, deleting nothing</source>
        <translation>UNSELECT: close the mailbox, deleting nothing</translation>
    </message>
    <message>
        <source>Like CLOSE, but the messages marked \Deleted stay.</source>
        <translation>Like CLOSE, but the messages marked \Deleted stay.</translation>
    </message>
    <message>
        <source>EXPUNGE: delete the marked messages</source>
        <translation>EXPUNGE: delete the marked messages</translation>
    </message>
    <message>
        <source>Deleting in IMAP takes two steps: STORE +FLAGS (\Deleted) marks, EXPUNGE deletes. The server says * n EXPUNGE for each, from the highest number down.</source>
        <translation>Deleting in IMAP takes two steps: STORE +FLAGS (\Deleted) marks, EXPUNGE deletes. The server says * n EXPUNGE for each, from the highest number down.</translation>
    </message>
    <message>
        <source>SEARCH: search on the server</source>
        <translation>SEARCH: search on the server</translation>
    </message>
    <message>
        <source>The server searches the mailbox (FROM, SUBJECT, BODY, UNSEEN, SINCE…) and answers with the numbers of the messages that match: nothing is downloaded to search.</source>
        <translation>The server searches the mailbox (FROM, SUBJECT, BODY, UNSEEN, SINCE…) and answers with the numbers of the messages that match: nothing is downloaded to search.</translation>
    </message>
    <message>
        <source>FETCH: download what is asked for</source>
        <translation>FETCH: download what is asked for</translation>
    </message>
    <message>
        <source>Not necessarily the whole message: its flags, its size, its envelope, its structure (BODYSTRUCTURE) or only one part (BODY[1]) or the first octets (&lt;0.100&gt;). Reading the text with BODY[…] sets \Seen; BODY.PEEK[…] does not.</source>
        <translation>Not necessarily the whole message: its flags, its size, its envelope, its structure (BODYSTRUCTURE) or only one part (BODY[1]) or the first octets (&lt;0.100&gt;). Reading the text with BODY[…] sets \Seen; BODY.PEEK[…] does not.</translation>
    </message>
    <message>
        <source>STORE: change flags</source>
        <translation>STORE: change flags</translation>
    </message>
    <message>
        <source>+FLAGS adds flags, -FLAGS removes them, FLAGS replaces them: \Seen (read), \Flagged (important), \Deleted (to delete at EXPUNGE).</source>
        <translation>+FLAGS adds flags, -FLAGS removes them, FLAGS replaces them: \Seen (read), \Flagged (important), \Deleted (to delete at EXPUNGE).</translation>
    </message>
    <message>
        <source>COPY: copy messages to a folder</source>
        <translation>COPY: copy messages to a folder</translation>
    </message>
    <message>
        <source>The messages are copied on the server, without crossing the network again. With UIDPLUS the OK says their new UIDs (COPYUID).</source>
        <translation>The messages are copied on the server, without crossing the network again. With UIDPLUS the OK says their new UIDs (COPYUID).</translation>
    </message>
    <message>
        <source>MOVE: move messages to a folder</source>
        <translation>MOVE: move messages to a folder</translation>
    </message>
    <message>
        <source>A copy and an expunge in one step: the messages leave this folder (* n EXPUNGE) and appear in the other.</source>
        <translation>A copy and an expunge in one step: the messages leave this folder (* n EXPUNGE) and appear in the other.</translation>
    </message>
    <message>
        <source>UID: the same command, by unique identifier</source>
        <translation>UID: the same command, by unique identifier</translation>
    </message>
    <message>
        <source>Message numbers change when messages are deleted; UIDs never do. UID FETCH, UID SEARCH, UID STORE… name messages by UID, as clients that keep a copy do.</source>
        <translation>Message numbers change when messages are deleted; UIDs never do. UID FETCH, UID SEARCH, UID STORE… name messages by UID, as clients that keep a copy do.</translation>
    </message>
    <message>
        <source>IDLE: tell me when mail arrives</source>
        <translation>IDLE: tell me when mail arrives</translation>
    </message>
    <message>
        <source>After the server&apos;s &quot;+&quot;, the client just waits: the server sends * n EXISTS as soon as a message is stored. DONE ends the wait.</source>
        <translation>After the server&apos;s &quot;+&quot;, the client just waits: the server sends * n EXISTS as soon as a message is stored. DONE ends the wait.</translation>
    </message>
    <message>
        <source>DONE: stop waiting</source>
        <translation>DONE: stop waiting</translation>
    </message>
    <message>
        <source>Ends IDLE; the server answers the IDLE command&apos;s tag with OK.</source>
        <translation>Ends IDLE; the server answers the IDLE command&apos;s tag with OK.</translation>
    </message>
    <message>
        <source>NAMESPACE: where the folders live</source>
        <translation>NAMESPACE: where the folders live</translation>
    </message>
    <message>
        <source>The prefix and separator of the user&apos;s own folders.</source>
        <translation>The prefix and separator of the user&apos;s own folders.</translation>
    </message>
    <message>
        <source>ID: who are you?</source>
        <translation>ID: who are you?</translation>
    </message>
    <message>
        <source>Client and server tell each other their names and versions.</source>
        <translation>Client and server tell each other their names and versions.</translation>
    </message>
    <message>
        <source>ENABLE: switch an extension on</source>
        <translation>ENABLE: switch an extension on</translation>
    </message>
    <message>
        <source>The server answers * ENABLED with the extensions it switched on.</source>
        <translation>The server answers * ENABLED with the extensions it switched on.</translation>
    </message>
    <message>
        <source>An IMAP command</source>
        <translation>An IMAP command</translation>
    </message>
    <message>
        <source>Every IMAP command starts with a tag the client chooses (A1, a002…); the server&apos;s final answer to it carries the same tag, so answers can be told apart.</source>
        <translation>Every IMAP command starts with a tag the client chooses (A1, a002…); the server&apos;s final answer to it carries the same tag, so answers can be told apart.</translation>
    </message>
    <message>
        <source>* OK: the server greets</source>
        <translation>* OK: the server greets</translation>
    </message>
    <message>
        <source>The IMAP server is ready; the session is in the not authenticated state. The client must log in (LOGIN or AUTHENTICATE) before anything else.</source>
        <translation>The IMAP server is ready; the session is in the not authenticated state. The client must log in (LOGIN or AUTHENTICATE) before anything else.</translation>
    </message>
    <message>
        <source>+: go on</source>
        <translation>+: go on</translation>
    </message>
    <message>
        <source>The server is ready for the rest of the command: the octets of a literal, an AUTHENTICATE response, or (in IDLE) it is waiting.</source>
        <translation>The server is ready for the rest of the command: the octets of a literal, an AUTHENTICATE response, or (in IDLE) it is waiting.</translation>
    </message>
    <message>
        <source>A literal: octets counted in advance</source>
        <translation>A literal: octets counted in advance</translation>
    </message>
    <message>
        <source>After {n} come exactly n octets, whatever they hold (line ends too): a message, a part of one, a password. The number in braces says where they end.</source>
        <translation>After {n} come exactly n octets, whatever they hold (line ends too): a message, a part of one, a password. The number in braces says where they end.</translation>
    </message>
    <message>
        <source>The AUTHENTICATE response</source>
        <translation>The AUTHENTICATE response</translation>
    </message>
    <message>
        <source>For PLAIN: authorisation identity, user name and password separated by NUL octets, in base64. Base64 is not encryption.</source>
        <translation>For PLAIN: authorisation identity, user name and password separated by NUL octets, in base64. Base64 is not encryption.</translation>
    </message>
    <message>
        <source>OK: the command with this tag worked</source>
        <translation>OK: the command with this tag worked</translation>
    </message>
    <message>
        <source>The final answer to the command with the same tag. What the server had to say came before it, untagged (* …).</source>
        <translation>The final answer to the command with the same tag. What the server had to say came before it, untagged (* …).</translation>
    </message>
    <message>
        <source>NO: the command with this tag failed</source>
        <translation>NO: the command with this tag failed</translation>
    </message>
    <message>
        <source>The command was understood but could not be done: a wrong password, a folder that does not exist…</source>
        <translation>The command was understood but could not be done: a wrong password, a folder that does not exist…</translation>
    </message>
    <message>
        <source>BAD: the server did not understand</source>
        <translation>BAD: the server did not understand</translation>
    </message>
    <message>
        <source>A command unknown, badly written, or not valid in this state (FETCH before SELECT). Too many of them and the server says BYE.</source>
        <translation>A command unknown, badly written, or not valid in this state (FETCH before SELECT). Too many of them and the server says BYE.</translation>
    </message>
    <message>
        <source>* CAPABILITY: the server&apos;s abilities</source>
        <translation>* CAPABILITY: the server&apos;s abilities</translation>
    </message>
    <message>
        <source>IMAP4rev1 and the extensions this server offers.</source>
        <translation>IMAP4rev1 and the extensions this server offers.</translation>
    </message>
    <message>
        <source>* LIST: a folder</source>
        <translation>* LIST: a folder</translation>
    </message>
    <message>
        <source>Its attributes (\HasChildren, \Sent, \Trash…), the separator between levels and its name.</source>
        <translation>Its attributes (\HasChildren, \Sent, \Trash…), the separator between levels and its name.</translation>
    </message>
    <message>
        <source>* LSUB: a subscribed folder</source>
        <translation>* LSUB: a subscribed folder</translation>
    </message>
    <message>
        <source>A folder the user subscribed to.</source>
        <translation>A folder the user subscribed to.</translation>
    </message>
    <message>
        <source>* STATUS: a folder&apos;s counts</source>
        <translation>* STATUS: a folder&apos;s counts</translation>
    </message>
    <message>
        <source>The numbers STATUS asked for.</source>
        <translation>The numbers STATUS asked for.</translation>
    </message>
    <message>
        <source>* SEARCH: the messages that match</source>
        <translation>* SEARCH: the messages that match</translation>
    </message>
    <message>
        <source>Their numbers (or UIDs, for UID SEARCH). The search ran on the server; only these numbers crossed the network.</source>
        <translation>Their numbers (or UIDs, for UID SEARCH). The search ran on the server; only these numbers crossed the network.</translation>
    </message>
    <message>
        <source>* FLAGS: the flags in this mailbox</source>
        <translation>* FLAGS: the flags in this mailbox</translation>
    </message>
    <message>
        <source>\Seen (read), \Answered, \Flagged (important), \Deleted (to delete) and \Draft.</source>
        <translation>\Seen (read), \Answered, \Flagged (important), \Deleted (to delete) and \Draft.</translation>
    </message>
    <message>
        <source>* n EXISTS: messages in the mailbox</source>
        <translation>* n EXISTS: messages in the mailbox</translation>
    </message>
    <message>
        <source>How many messages the mailbox holds now. When it grows while the client is connected (in IDLE, or at a NOOP), new mail has arrived.</source>
        <translation>How many messages the mailbox holds now. When it grows while the client is connected (in IDLE, or at a NOOP), new mail has arrived.</translation>
    </message>
    <message>
        <source>* n RECENT: new since the last session</source>
        <translation>* n RECENT: new since the last session</translation>
    </message>
    <message>
        <source>Messages no session has seen yet (IMAP4rev2 dropped it).</source>
        <translation>Messages no session has seen yet (IMAP4rev2 dropped it).</translation>
    </message>
    <message>
        <source>* n EXPUNGE: a message was deleted</source>
        <translation>* n EXPUNGE: a message was deleted</translation>
    </message>
    <message>
        <source>Message number n is gone and every message after it moves down one number. A POP3 deletion shows up like this too, once its session QUITs.</source>
        <translation>Message number n is gone and every message after it moves down one number. A POP3 deletion shows up like this too, once its session QUITs.</translation>
    </message>
    <message>
        <source>* n FETCH: data about a message</source>
        <translation>* n FETCH: data about a message</translation>
    </message>
    <message>
        <source>What FETCH asked for (or flags that changed): FLAGS, UID, RFC822.SIZE, ENVELOPE, BODYSTRUCTURE, or a section&apos;s octets in a literal {n}.</source>
        <translation>What FETCH asked for (or flags that changed): FLAGS, UID, RFC822.SIZE, ENVELOPE, BODYSTRUCTURE, or a section&apos;s octets in a literal {n}.</translation>
    </message>
    <message>
        <source>* BYE: the server closes</source>
        <translation>* BYE: the server closes</translation>
    </message>
    <message>
        <source>After LOGOUT, after too long without commands, or after too many errors.</source>
        <translation>After LOGOUT, after too long without commands, or after too many errors.</translation>
    </message>
    <message>
        <source>* OK: information</source>
        <translation>* OK: information</translation>
    </message>
    <message>
        <source>Untagged: not the end of a command but a note, often with a code in brackets ([UIDVALIDITY], [UNSEEN]…).</source>
        <translation>Untagged: not the end of a command but a note, often with a code in brackets ([UIDVALIDITY], [UNSEEN]…).</translation>
    </message>
    <message>
        <source>* NO: a warning</source>
        <translation>* NO: a warning</translation>
    </message>
    <message>
        <source>Untagged: a warning, not the end of a command.</source>
        <translation>Untagged: a warning, not the end of a command.</translation>
    </message>
    <message>
        <source>* BAD: a line the server could not read</source>
        <translation>* BAD: a line the server could not read</translation>
    </message>
    <message>
        <source>Untagged: the server could not even find the tag.</source>
        <translation>Untagged: the server could not even find the tag.</translation>
    </message>
    <message>
        <source>* NAMESPACE: where the folders live</source>
        <translation>* NAMESPACE: where the folders live</translation>
    </message>
    <message>
        <source>Personal folders, with no prefix and &quot;/&quot; between levels.</source>
        <translation>Personal folders, with no prefix and &quot;/&quot; between levels.</translation>
    </message>
    <message>
        <source>* ID: the server&apos;s name</source>
        <translation>* ID: the server&apos;s name</translation>
    </message>
    <message>
        <source>Field and value pairs about the server program.</source>
        <translation>Field and value pairs about the server program.</translation>
    </message>
    <message>
        <source>* ENABLED: extensions switched on</source>
        <translation>* ENABLED: extensions switched on</translation>
    </message>
    <message>
        <source>The ones ENABLE asked for that the server switched on.</source>
        <translation>The ones ENABLE asked for that the server switched on.</translation>
    </message>
    <message>
        <source>[UIDVALIDITY]: the UIDs&apos; generation</source>
        <translation>[UIDVALIDITY]: the UIDs&apos; generation</translation>
    </message>
    <message>
        <source>While it stays the same, a UID always names the same message; a client that keeps a copy checks it.</source>
        <translation>While it stays the same, a UID always names the same message; a client that keeps a copy checks it.</translation>
    </message>
    <message>
        <source>[UIDNEXT]: the next UID</source>
        <translation>[UIDNEXT]: the next UID</translation>
    </message>
    <message>
        <source>The UID the next message will get.</source>
        <translation>The UID the next message will get.</translation>
    </message>
    <message>
        <source>[UNSEEN]: the first unread message</source>
        <translation>[UNSEEN]: the first unread message</translation>
    </message>
    <message>
        <source>The number of the first message without \Seen.</source>
        <translation>The number of the first message without \Seen.</translation>
    </message>
    <message>
        <source>[PERMANENTFLAGS]: flags that are kept</source>
        <translation>[PERMANENTFLAGS]: flags that are kept</translation>
    </message>
    <message>
        <source>The flags the client may change for good; \* allows new keywords.</source>
        <translation>The flags the client may change for good; \* allows new keywords.</translation>
    </message>
    <message>
        <source>[READ-WRITE]: the mailbox can change</source>
        <translation>[READ-WRITE]: the mailbox can change</translation>
    </message>
    <message>
        <source>Opened with SELECT: flags and deletions are allowed.</source>
        <translation>Opened with SELECT: flags and deletions are allowed.</translation>
    </message>
    <message>
        <source>[READ-ONLY]: the mailbox cannot change</source>
        <translation>[READ-ONLY]: the mailbox cannot change</translation>
    </message>
    <message>
        <source>Opened with EXAMINE: nothing can be changed.</source>
        <translation>Opened with EXAMINE: nothing can be changed.</translation>
    </message>
    <message>
        <source>[TRYCREATE]: the folder does not exist</source>
        <translation>[TRYCREATE]: the folder does not exist</translation>
    </message>
    <message>
        <source>A CREATE first would let this command work.</source>
        <translation>A CREATE first would let this command work.</translation>
    </message>
    <message>
        <source>[APPENDUID]: the new message&apos;s UID</source>
        <translation>[APPENDUID]: the new message&apos;s UID</translation>
    </message>
    <message>
        <source>The folder&apos;s UIDVALIDITY and the UID the appended message got.</source>
        <translation>The folder&apos;s UIDVALIDITY and the UID the appended message got.</translation>
    </message>
    <message>
        <source>[COPYUID]: the copies&apos; UIDs</source>
        <translation>[COPYUID]: the copies&apos; UIDs</translation>
    </message>
    <message>
        <source>The target folder&apos;s UIDVALIDITY, the UIDs copied and the new ones.</source>
        <translation>The target folder&apos;s UIDVALIDITY, the UIDs copied and the new ones.</translation>
    </message>
    <message>
        <source>[AUTHENTICATIONFAILED]: wrong credentials</source>
        <translation>[AUTHENTICATIONFAILED]: wrong credentials</translation>
    </message>
    <message>
        <source>[NONEXISTENT]: no such folder</source>
        <translation>[NONEXISTENT]: no such folder</translation>
    </message>
    <message>
        <source>The folder named does not exist.</source>
        <translation>The folder named does not exist.</translation>
    </message>
    <message>
        <source>[ALREADYEXISTS]: the folder exists</source>
        <translation>[ALREADYEXISTS]: the folder exists</translation>
    </message>
    <message>
        <source>A folder with that name is already there.</source>
        <translation>A folder with that name is already there.</translation>
    </message>
    <message>
        <source>[CAPABILITY]: the abilities, said in passing</source>
        <translation>[CAPABILITY]: the abilities, said in passing</translation>
    </message>
    <message>
        <source>Saves the client a CAPABILITY command.</source>
        <translation>Saves the client a CAPABILITY command.</translation>
    </message>
    <message>
        <source>Only a part: the course&apos;s partial download</source>
        <translation>Only a part: the course&apos;s partial download</translation>
    </message>
    <message>
        <source>IMAP can download part of a message: BODYSTRUCTURE first, then only the text (BODY.PEEK[1]) and not the attachments, or only the first octets. POP3&apos;s RETR always downloads the whole message.</source>
        <translation>IMAP can download part of a message: BODYSTRUCTURE first, then only the text (BODY.PEEK[1]) and not the attachments, or only the first octets. POP3&apos;s RETR always downloads the whole message.</translation>
    </message>
    <message>
        <source>454 Temporary failure: TLS or login not available (try later)</source>
        <translation>454 Temporary failure: TLS or login not available (try later)</translation>
    </message>
    <message>
        <source>The server cannot start TLS (or check a login) right now. It is temporary: the client may try again later, or go on without encryption if its policy allows it.</source>
        <translation>The server cannot start TLS (or check a login) right now. It is temporary: the client may try again later, or go on without encryption if its policy allows it.</translation>
    </message>
    <message>
        <source>220: ready to start TLS</source>
        <translation>220: ready to start TLS</translation>
    </message>
    <message>
        <source>The server agrees to encrypt. The next bytes on the wire are the TLS handshake, not SMTP lines. Anything the client sent after STARTTLS without waiting for this reply is thrown away, so that nobody can slip a command in before encryption starts. After the handshake everything starts again: the client says EHLO, and the server forgets the earlier EHLO and any login.</source>
        <translation>The server agrees to encrypt. The next bytes on the wire are the TLS handshake, not SMTP lines. Anything the client sent after STARTTLS without waiting for this reply is thrown away, so that nobody can slip a command in before encryption starts. After the handshake everything starts again: the client says EHLO, and the server forgets the earlier EHLO and any login.</translation>
    </message>
    <message>
        <source>454: TLS not available right now</source>
        <translation>454: TLS not available right now</translation>
    </message>
    <message>
        <source>The server cannot start TLS at the moment. A client that requires encryption gives up and keeps the mail for later; an opportunistic one goes on in clear.</source>
        <translation>The server cannot start TLS at the moment. A client that requires encryption gives up and keeps the mail for later; an opportunistic one goes on in clear.</translation>
    </message>
    <message>
        <source>501: STARTTLS takes no parameters</source>
        <translation>501: STARTTLS takes no parameters</translation>
    </message>
    <message>
        <source>The command is just STARTTLS, alone on its line.</source>
        <translation>The command is just STARTTLS, alone on its line.</translation>
    </message>
    <message>
        <source>554: TLS is already active</source>
        <translation>554: TLS is already active</translation>
    </message>
    <message>
        <source>The connection is already encrypted: STARTTLS can be used only once, and the server no longer lists it in its EHLO reply.</source>
        <translation>The connection is already encrypted: STARTTLS can be used only once, and the server no longer lists it in its EHLO reply.</translation>
    </message>
    <message>
        <source>530: STARTTLS first</source>
        <translation>530: STARTTLS first</translation>
    </message>
    <message>
        <source>This server does not accept a password over an unencrypted connection (Postfix calls it smtpd_tls_auth_only), so it did not list AUTH in its EHLO reply. The client must say STARTTLS first; inside TLS, the new EHLO reply offers AUTH.</source>
        <translation>This server does not accept a password over an unencrypted connection (Postfix calls it smtpd_tls_auth_only), so it did not list AUTH in its EHLO reply. The client must say STARTTLS first; inside TLS, the new EHLO reply offers AUTH.</translation>
    </message>
    <message>
        <source>STLS: switch to an encrypted connection</source>
        <translation>STLS: switch to an encrypted connection</translation>
    </message>
    <message>
        <source>Before logging in, the client asks to encrypt the rest of the session with TLS, so that USER and PASS cannot be read on the way. It is only valid in the AUTHORIZATION state. Anything the client sent after STLS without waiting for the answer is thrown away.</source>
        <translation>Before logging in, the client asks to encrypt the rest of the session with TLS, so that USER and PASS cannot be read on the way. It is only valid in the AUTHORIZATION state. Anything the client sent after STLS without waiting for the answer is thrown away.</translation>
    </message>
    <message>
        <source>+OK: begin TLS</source>
        <translation>+OK: begin TLS</translation>
    </message>
    <message>
        <source>The next bytes on the wire are the TLS handshake. After it the session is still in the AUTHORIZATION state and the client logs in as usual, now encrypted; it should ask CAPA again, since what the server said before may have been changed on the way.</source>
        <translation>The next bytes on the wire are the TLS handshake. After it the session is still in the AUTHORIZATION state and the client logs in as usual, now encrypted; it should ask CAPA again, since what the server said before may have been changed on the way.</translation>
    </message>
    <message>
        <source>Capability: STLS</source>
        <translation>Capability: STLS</translation>
    </message>
    <message>
        <source>The server can encrypt the session with STLS before the login. Once TLS is on, it is no longer listed.</source>
        <translation>The server can encrypt the session with STLS before the login. Once TLS is on, it is no longer listed.</translation>
    </message>
    <message>
        <source>STARTTLS: switch to an encrypted connection</source>
        <translation>STARTTLS: switch to an encrypted connection</translation>
    </message>
    <message>
        <source>Before logging in, the client asks to encrypt the rest of the session with TLS. The server answers OK with the same tag and the TLS handshake starts; anything the client sent after STARTTLS without waiting is thrown away. Then the client asks CAPABILITY again, since what was said before may have been changed on the way.</source>
        <translation>Before logging in, the client asks to encrypt the rest of the session with TLS. The server answers OK with the same tag and the TLS handshake starts; anything the client sent after STARTTLS without waiting is thrown away. Then the client asks CAPABILITY again, since what was said before may have been changed on the way.</translation>
    </message>
    <message>
        <source>[PRIVACYREQUIRED]: encrypt first</source>
        <translation>[PRIVACYREQUIRED]: encrypt first</translation>
    </message>
    <message>
        <source>The server does not take a password over an unencrypted connection. The client must say STARTTLS (or connect to port 993, IMAPS) before logging in.</source>
        <translation>The server does not take a password over an unencrypted connection. The client must say STARTTLS (or connect to port 993, IMAPS) before logging in.</translation>
    </message>
    <message>
        <source>The client may encrypt the session with the STARTTLS command before logging in.</source>
        <translation>The client may encrypt the session with the STARTTLS command before logging in.</translation>
    </message>
    <message>
        <source>LOGINDISABLED: no password in clear</source>
        <translation>LOGINDISABLED: no password in clear</translation>
    </message>
    <message>
        <source>The server refuses LOGIN on this unencrypted connection, and the client must not even try: first STARTTLS, then LOGIN inside TLS.</source>
        <translation>The server refuses LOGIN on this unencrypted connection, and the client must not even try: first STARTTLS, then LOGIN inside TLS.</translation>
    </message>
    <message>
        <source>ClientHello: the client proposes how to talk securely</source>
        <translation>ClientHello: the client proposes how to talk securely</translation>
    </message>
    <message>
        <source>The first TLS message, still in clear. The client lists the TLS versions and the cipher suites it can use, sends a random number and (in TLS 1.3) its half of a Diffie-Hellman key exchange, and names the server it wants to reach (SNI). Anyone on the wire can read it; nothing secret is in it.</source>
        <translation>The first TLS message, still in clear. The client lists the TLS versions and the cipher suites it can use, sends a random number and (in TLS 1.3) its half of a Diffie-Hellman key exchange, and names the server it wants to reach (SNI). Anyone on the wire can read it; nothing secret is in it.</translation>
    </message>
    <message>
        <source>ServerHello: the server chooses</source>
        <translation>ServerHello: the server chooses</translation>
    </message>
    <message>
        <source>The server picks one version and one cipher suite from the client's list and sends its own random number and (in TLS 1.3) its half of the key exchange. From the two halves both sides compute the same keys, which never cross the wire. In TLS 1.3 everything after this message is encrypted.</source>
        <translation>The server picks one version and one cipher suite from the client's list and sends its own random number and (in TLS 1.3) its half of the key exchange. From the two halves both sides compute the same keys, which never cross the wire. In TLS 1.3 everything after this message is encrypted.</translation>
    </message>
    <message>
        <source>EncryptedExtensions: the rest of the server's answer</source>
        <translation>EncryptedExtensions: the rest of the server's answer</translation>
    </message>
    <message>
        <source>TLS 1.3 only: the server's answers to the client's extensions that need not be read before the keys are ready (for example which application protocol was chosen). It is the first encrypted message: someone watching sees only its size.</source>
        <translation>TLS 1.3 only: the server's answers to the client's extensions that need not be read before the keys are ready (for example which application protocol was chosen). It is the first encrypted message: someone watching sees only its size.</translation>
    </message>
    <message>
        <source>Certificate: the server shows who it is</source>
        <translation>Certificate: the server shows who it is</translation>
    </message>
    <message>
        <source>The server sends its certificate: its name, its public key and the signature of the authority that issued it (here the classroom CA). The client checks that the name is the one it wanted to reach, that the certificate has not expired and that the signature comes from an authority it trusts. If not, it refuses and ends the connection with an alert.</source>
        <translation>The server sends its certificate: its name, its public key and the signature of the authority that issued it (here the classroom CA). The client checks that the name is the one it wanted to reach, that the certificate has not expired and that the signature comes from an authority it trusts. If not, it refuses and ends the connection with an alert.</translation>
    </message>
    <message>
        <source>CertificateRequest: the server asks for the client's certificate</source>
        <translation>CertificateRequest: the server asks for the client's certificate</translation>
    </message>
    <message>
        <source>The server asks the client to prove who it is with a certificate too. Mail servers rarely do; clients usually log in with a password instead, inside TLS.</source>
        <translation>The server asks the client to prove who it is with a certificate too. Mail servers rarely do; clients usually log in with a password instead, inside TLS.</translation>
    </message>
    <message>
        <source>CertificateVerify: proof of owning the certificate</source>
        <translation>CertificateVerify: proof of owning the certificate</translation>
    </message>
    <message>
        <source>The server signs everything said so far with the private key of its certificate. A certificate is public and anyone can copy it; only its owner can make this signature, so the client now knows it talks to the real server.</source>
        <translation>The server signs everything said so far with the private key of its certificate. A certificate is public and anyone can copy it; only its owner can make this signature, so the client now knows it talks to the real server.</translation>
    </message>
    <message>
        <source>Finished: the handshake was not tampered with</source>
        <translation>Finished: the handshake was not tampered with</translation>
    </message>
    <message>
        <source>Each side sends a code computed with the new keys over every handshake message. If someone in the middle had changed a message (removed a strong cipher suite, say), the codes would not match and the connection would end. After both Finished messages the application's lines travel encrypted.</source>
        <translation>Each side sends a code computed with the new keys over every handshake message. If someone in the middle had changed a message (removed a strong cipher suite, say), the codes would not match and the connection would end. After both Finished messages the application's lines travel encrypted.</translation>
    </message>
    <message>
        <source>NewSessionTicket: a ticket to come back faster</source>
        <translation>NewSessionTicket: a ticket to come back faster</translation>
    </message>
    <message>
        <source>After the handshake the server may give the client a ticket. Next time, the client shows it to resume the session without a full handshake (no certificate again).</source>
        <translation>After the handshake the server may give the client a ticket. Next time, the client shows it to resume the session without a full handshake (no certificate again).</translation>
    </message>
    <message>
        <source>KeyUpdate: new keys for a long session</source>
        <translation>KeyUpdate: new keys for a long session</translation>
    </message>
    <message>
        <source>One side switches to fresh keys derived from the current ones, so that a very long session does not encrypt too much with the same key.</source>
        <translation>One side switches to fresh keys derived from the current ones, so that a very long session does not encrypt too much with the same key.</translation>
    </message>
    <message>
        <source>ServerKeyExchange: the server's half of the key exchange</source>
        <translation>ServerKeyExchange: the server's half of the key exchange</translation>
    </message>
    <message>
        <source>TLS 1.2: the server sends its Diffie-Hellman public value, signed with its certificate's key so that nobody in the middle can replace it.</source>
        <translation>TLS 1.2: the server sends its Diffie-Hellman public value, signed with its certificate's key so that nobody in the middle can replace it.</translation>
    </message>
    <message>
        <source>ServerHelloDone: the server's turn is over</source>
        <translation>ServerHelloDone: the server's turn is over</translation>
    </message>
    <message>
        <source>TLS 1.2: the server has said everything for this part of the handshake and waits for the client.</source>
        <translation>TLS 1.2: the server has said everything for this part of the handshake and waits for the client.</translation>
    </message>
    <message>
        <source>ClientKeyExchange: the client's half of the key exchange</source>
        <translation>ClientKeyExchange: the client's half of the key exchange</translation>
    </message>
    <message>
        <source>TLS 1.2: the client sends its Diffie-Hellman public value. Now both sides can compute the same secret keys, which never cross the wire.</source>
        <translation>TLS 1.2: the client sends its Diffie-Hellman public value. Now both sides can compute the same secret keys, which never cross the wire.</translation>
    </message>
    <message>
        <source>ChangeCipherSpec: encrypted from the next record</source>
        <translation>ChangeCipherSpec: encrypted from the next record</translation>
    </message>
    <message>
        <source>TLS 1.2: the sender says that its next records are encrypted with the keys just agreed. TLS 1.3 has no use for it but may still send one, only so that old middleboxes that expect it let the connection through.</source>
        <translation>TLS 1.2: the sender says that its next records are encrypted with the keys just agreed. TLS 1.3 has no use for it but may still send one, only so that old middleboxes that expect it let the connection through.</translation>
    </message>
    <message>
        <source>Alert close_notify: the session ends cleanly</source>
        <translation>Alert close_notify: the session ends cleanly</translation>
    </message>
    <message>
        <source>The sender will send nothing more in this TLS session. Saying so, encrypted, before TCP closes lets the peer know that no data was cut off by an attacker closing the connection.</source>
        <translation>The sender will send nothing more in this TLS session. Saying so, encrypted, before TCP closes lets the peer know that no data was cut off by an attacker closing the connection.</translation>
    </message>
    <message>
        <source>Alert bad_certificate: the certificate was refused</source>
        <translation>Alert bad_certificate: the certificate was refused</translation>
    </message>
    <message>
        <source>The certificate could not be accepted: for example it names another host than the one the client wanted to reach, or its signature is wrong. The connection ends before anything secret is sent.</source>
        <translation>The certificate could not be accepted: for example it names another host than the one the client wanted to reach, or its signature is wrong. The connection ends before anything secret is sent.</translation>
    </message>
    <message>
        <source>Alert certificate_expired: the certificate is out of date</source>
        <translation>Alert certificate_expired: the certificate is out of date</translation>
    </message>
    <message>
        <source>The certificate's validity period is over (or has not begun). A client must not trust it, even if the rest is right: the connection ends.</source>
        <translation>The certificate's validity period is over (or has not begun). A client must not trust it, even if the rest is right: the connection ends.</translation>
    </message>
    <message>
        <source>Alert unknown_ca: signed by an authority nobody trusts</source>
        <translation>Alert unknown_ca: signed by an authority nobody trusts</translation>
    </message>
    <message>
        <source>The certificate chain does not lead to an authority the client trusts, as with a self-signed certificate or one from a CA the client was never given. Trusting the classroom CA (carteiro --export-ca) is what makes its certificates acceptable.</source>
        <translation>The certificate chain does not lead to an authority the client trusts, as with a self-signed certificate or one from a CA the client was never given. Trusting the classroom CA (carteiro --export-ca) is what makes its certificates acceptable.</translation>
    </message>
    <message>
        <source>Alert certificate_unknown: the certificate was not accepted</source>
        <translation>Alert certificate_unknown: the certificate was not accepted</translation>
    </message>
    <message>
        <source>Some other problem with the certificate made it unacceptable. The connection ends.</source>
        <translation>Some other problem with the certificate made it unacceptable. The connection ends.</translation>
    </message>
    <message>
        <source>Alert handshake_failure: no common ground</source>
        <translation>Alert handshake_failure: no common ground</translation>
    </message>
    <message>
        <source>The two sides could not agree on security parameters, for example no cipher suite that both accept. The connection ends.</source>
        <translation>The two sides could not agree on security parameters, for example no cipher suite that both accept. The connection ends.</translation>
    </message>
    <message>
        <source>Alert protocol_version: no common TLS version</source>
        <translation>Alert protocol_version: no common TLS version</translation>
    </message>
    <message>
        <source>The peer offered only versions this side refuses (older than TLS 1.2 here). The connection ends.</source>
        <translation>The peer offered only versions this side refuses (older than TLS 1.2 here). The connection ends.</translation>
    </message>
    <message>
        <source>Alert decode_error: this is not TLS</source>
        <translation>Alert decode_error: this is not TLS</translation>
    </message>
    <message>
        <source>A message could not be read: its fields were out of range or its length wrong, as when something that is not TLS arrives where a handshake should be.</source>
        <translation>A message could not be read: its fields were out of range or its length wrong, as when something that is not TLS arrives where a handshake should be.</translation>
    </message>
    <message>
        <source>A TLS alert</source>
        <translation>A TLS alert</translation>
    </message>
    <message>
        <source>An alert tells the peer that something went wrong (or, for close_notify, that the session ends). Every alert but close_notify and user_canceled ends the connection at once.</source>
        <translation>An alert tells the peer that something went wrong (or, for close_notify, that the session ends). Every alert but close_notify and user_canceled ends the connection at once.</translation>
    </message>
    <message>
        <source>A TLS handshake message</source>
        <translation>A TLS handshake message</translation>
    </message>
    <message>
        <source>Part of the TLS handshake, in which client and server agree on a version and a cipher suite, the server proves who it is with its certificate, and both compute the keys that encrypt the rest of the connection.</source>
        <translation>Part of the TLS handshake, in which client and server agree on a version and a cipher suite, the server proves who it is with its certificate, and both compute the keys that encrypt the rest of the connection.</translation>
    </message>
    <message>
        <source>The certificate shown</source>
        <translation>The certificate shown</translation>
    </message>
    <message>
        <source>Subject: %1. Issued (signed) by: %2.</source>
        <translation>Subject: %1. Issued (signed) by: %2.</translation>
    </message>
    <message>
        <source>A TLS record</source>
        <translation>A TLS record</translation>
    </message>
    <message>
        <source>TLS cuts what it sends into records of at most 16384 octets. Each starts with a 5-octet header in clear (content type, version, length); after the handshake the rest is encrypted and ends with an authentication tag, so that nobody can read or change it unnoticed.</source>
        <translation>TLS cuts what it sends into records of at most 16384 octets. Each starts with a 5-octet header in clear (content type, version, length); after the handshake the rest is encrypted and ends with an authentication tag, so that nobody can read or change it unnoticed.</translation>
    </message>
    <message>
        <source>Encrypted from here</source>
        <translation>Encrypted from here</translation>
    </message>
    <message>
        <source>The TLS handshake is over: both sides hold the same keys, agreed without sending them, and the client has checked the server's certificate. Every line after this mark on this connection travels inside encrypted records: the hosts read the lines, anyone on the wire sees only the records' sizes.</source>
        <translation>The TLS handshake is over: both sides hold the same keys, agreed without sending them, and the client has checked the server's certificate. Every line after this mark on this connection travels inside encrypted records: the hosts read the lines, anyone on the wire sees only the records' sizes.</translation>
    </message>
    <message>
        <source>Encrypted, but with whom?</source>
        <translation>Encrypted, but with whom?</translation>
    </message>
    <message>
        <source>The certificate was not verified (a relay's opportunistic TLS accepts any): the connection is safe from someone who only listens, not from someone in the middle who presents a certificate of their own.</source>
        <translation>The certificate was not verified (a relay's opportunistic TLS accepts any): the connection is safe from someone who only listens, not from someone in the middle who presents a certificate of their own.</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS failed</translation>
    </message>
    <message>
        <source>The handshake did not end in an encrypted session (an alert says why, for example a refused certificate). Nothing more is said on this connection, neither in clear nor encrypted; a mail client reports the error and a relay keeps the message in its queue.</source>
        <translation>The handshake did not end in an encrypted session (an alert says why, for example a refused certificate). Nothing more is said on this connection, neither in clear nor encrypted; a mail client reports the error and a relay keeps the message in its queue.</translation>
    </message>
    <message>
        <source>Postfix: recipient address rejected</source>
        <translation>Postfix: recipient address rejected</translation>
    </message>
    <message>
        <source>Postfix refuses this recipient before any message is sent, and says why after the colon. When the reason is only a domain name, the server is configured as &quot;Local only&quot; (default_transport = error): mail for other domains may not leave the machine, and Postfix says so at once, naming the domain. Choose &quot;Internet Site&quot; (dpkg-reconfigure postfix) to send mail to other domains.</source>
        <translation>Postfix refuses this recipient before any message is sent, and says why after the colon. When the reason is only a domain name, the server is configured as &quot;Local only&quot; (default_transport = error): mail for other domains may not leave the machine, and Postfix says so at once, naming the domain. Choose &quot;Internet Site&quot; (dpkg-reconfigure postfix) to send mail to other domains.</translation>
    </message>
    <message>
        <source>Postfix: an address without a domain gets @$myorigin</source>
        <translation>Postfix: an address without a domain gets @$myorigin</translation>
    </message>
    <message>
        <source>The client gave an address without a domain (RCPT TO:&lt;fran&gt;). Postfix completes every such address in the envelope with the domain of myorigin (append_at_myorigin; on Debian myorigin = /etc/mailname, the system mail name), so fran becomes fran@servidor.edu. If that domain is in mydestination, the mail stays on this server, in fran&apos;s mailbox.</source>
        <translation>The client gave an address without a domain (RCPT TO:&lt;fran&gt;). Postfix completes every such address in the envelope with the domain of myorigin (append_at_myorigin; on Debian myorigin = /etc/mailname, the system mail name), so fran becomes fran@servidor.edu. If that domain is in mydestination, the mail stays on this server, in fran&apos;s mailbox.</translation>
    </message>
    <message>
        <source>Postfix &quot;Local only&quot;: mail may not leave the machine</source>
        <translation>Postfix &quot;Local only&quot;: mail may not leave the machine</translation>
    </message>
    <message>
        <source>With the type of configuration &quot;Local only&quot;, Debian&apos;s installation writes default_transport = error and relay_transport = error: mail for any domain outside mydestination goes to the error transport, which delivers nothing. Over SMTP Postfix refuses such a recipient at once (550 5.1.1, the domain as the reason); a message already in the queue is returned to its sender with a delivery status notification (5.0.0).</source>
        <translation>With the type of configuration &quot;Local only&quot;, Debian&apos;s installation writes default_transport = error and relay_transport = error: mail for any domain outside mydestination goes to the error transport, which delivers nothing. Over SMTP Postfix refuses such a recipient at once (550 5.1.1, the domain as the reason); a message already in the queue is returned to its sender with a delivery status notification (5.0.0).</translation>
    </message>
    <message>
        <source>Postfix: the sender address belongs to another user</source>
        <translation>Postfix: the sender address belongs to another user</translation>
    </message>
    <message>
        <source>The client logged in (AUTH) as one user and gave in MAIL FROM the address of another account of this server. A server that let it through would let any student send mail as a classmate, so Postfix refuses the sender (reject_sender_login_mismatch, with smtpd_sender_login_maps saying which login owns which address). Give your own address in MAIL FROM, or log in as its owner.</source>
        <translation>The client logged in (AUTH) as one user and gave in MAIL FROM the address of another account of this server. A server that let it through would let any student send mail as a classmate, so Postfix refuses the sender (reject_sender_login_mismatch, with smtpd_sender_login_maps saying which login owns which address). Give your own address in MAIL FROM, or log in as its owner.</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>connection #%1, open at the same time as %2 between the same hosts: its arrows are the ones marked #%1</source>
        <translation>connection #%1, open at the same time as %2 between the same hosts: its arrows are the ones marked #%1</translation>
    </message>
    <message>
        <source>Select a line of the timeline to see its bytes and what it means.</source>
        <translation>Select a line of the timeline to see its bytes and what it means.</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>Bytes on the wire</translation>
    </message>
    <message>
        <source>%1%2 is CR LF (octets 13 and 10), the end of every line in SMTP and POP3; %3 is a tab. Octets that cannot be printed are shown as \xNN.</source>
        <translation>%1%2 is CR LF (octets 13 and 10), the end of every line in SMTP and POP3; %3 is a tab. Octets that cannot be printed are shown as \xNN.</translation>
    </message>
    <message>
        <source>the world</source>
        <translation>the world</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 client to server</source>
        <translation>%1 client to server</translation>
    </message>
    <message>
        <source>%1 server to client</source>
        <translation>%1 server to client</translation>
    </message>
    <message>
        <source>connection #%1</source>
        <translation>connection #%1</translation>
    </message>
    <message>
        <source>at %1 s</source>
        <translation>at %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s) on the wire: the line and its CR LF</source>
        <translation>
            <numerusform>%n octet on the wire: the line and its CR LF</numerusform>
            <numerusform>%n octets on the wire: the line and its CR LF</numerusform>
        </translation>
    </message>
    <message>
        <source>Password shown on purpose, as in the course: anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</source>
        <translation>Password shown on purpose, as in the course: anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</translation>
    </message>
    <message>
        <source>Password shown on purpose, as in the course:</source>
        <translation>Password shown on purpose, as in the course:</translation>
    </message>
    <message>
        <source>anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</source>
        <translation>anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</translation>
    </message>
    <message>
        <source>Base64 is not encryption; decoded, it reads: %1</source>
        <translation>Base64 is not encryption; decoded, it reads: %1</translation>
    </message>
    <message>
        <source>(start of the connection)</source>
        <translation>(start of the connection)</translation>
    </message>
    <message>
        <source>(connection closed)</source>
        <translation>(connection closed)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(nothing yet)</translation>
    </message>
    <message>
        <source>Phase before: %1 · this line: %2 · after: %3</source>
        <translation>Phase before: %1 · this line: %2 · after: %3</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>A new phase starts with this line.</source>
        <translation>A new phase starts with this line.</translation>
    </message>
    <message>
        <source>The next line starts a new phase.</source>
        <translation>The next line starts a new phase.</translation>
    </message>
    <message>
        <source>In answer to: %1 %2</source>
        <translation>In answer to: %1 %2</translation>
    </message>
    <message>
        <source>Defined in %1</source>
        <translation>Defined in %1</translation>
    </message>
    <message>
        <source>What anyone on the wire sees</source>
        <translation>What anyone on the wire sees</translation>
    </message>
    <message numerus="yes">
        <source>A TLS record of %n octet(s); its 5-octet header is in clear:</source>
        <translation>
            <numerusform>A TLS record of %n octet; its 5-octet header is in clear:</numerusform>
            <numerusform>A TLS record of %n octets; its 5-octet header is in clear:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — content type: %2 (%3)</source>
        <translation>%1 — content type: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — version: %2 (TLS 1.3 writes 0x0303 here too, for old middleboxes)</source>
        <translation>%1 — version: %2 (TLS 1.3 writes 0x0303 here too, for old middleboxes)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — length: %n octet(s) follow</source>
        <translation>
            <numerusform>%1 — length: %n octet follows</numerusform>
            <numerusform>%1 — length: %n octets follow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n octet(s) of ciphertext ending in a 16-octet authentication tag: only the two hosts hold the keys to read it. The real content type is hidden inside (RFC 8446 §5.2).</source>
        <translation>
            <numerusform>Then %n octet of ciphertext ending in a 16-octet authentication tag: only the two hosts hold the keys to read it. The real content type is hidden inside (RFC 8446 §5.2).</numerusform>
            <numerusform>Then %n octets of ciphertext ending in a 16-octet authentication tag: only the two hosts hold the keys to read it. The real content type is hidden inside (RFC 8446 §5.2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n octet(s) of the message in clear: nothing secret is in it.</source>
        <translation>
            <numerusform>Then %n octet of the message in clear: nothing secret is in it.</numerusform>
            <numerusform>Then %n octets of the message in clear: nothing secret is in it.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not a TLS record header)</source>
        <translation>(not a TLS record header)</translation>
    </message>
    <message>
        <source>What %1 reads (decrypted)</source>
        <translation>What %1 reads (decrypted)</translation>
    </message>
    <message>
        <source>A password, but inside TLS: it crossed the wire only as ciphertext, in the record shown below; only %1 reads it.</source>
        <translation>A password, but inside TLS: it crossed the wire only as ciphertext, in the record shown below; only %1 reads it.</translation>
    </message>
    <message>
        <source>TLS handshake message</source>
        <translation>TLS handshake message</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s) of plaintext: the line and its CR LF, encrypted inside the record below</source>
        <translation>
            <numerusform>%n octet of plaintext: the line and its CR LF, encrypted inside the record below</numerusform>
            <numerusform>%n octets of plaintext: the line and its CR LF, encrypted inside the record below</numerusform>
        </translation>
    </message>
    <message>
        <source>A password in clear text, masked here as ****: anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</source>
        <translation>A password in clear text, masked here as ****: anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</translation>
    </message>
</context>
<context>
    <name>MailClient</name>
    <message>
        <source>%1 does not offer 8BITMIME: the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>%1 does not offer 8BITMIME: the message was re-encoded to 7-bit (quoted-printable)</translation>
    </message>
    <message>
        <source>%1 was greeted with HELO, which gets no extensions (no 8BITMIME): the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>%1 was greeted with HELO, which gets no extensions (no 8BITMIME): the message was re-encoded to 7-bit (quoted-printable)</translation>
    </message>
</context>
<context>
    <name>MailClientWindow</name>
    <message>
        <source>Downloaded on demand from %1: %2 (the text was already here).</source>
        <translation>Downloaded on demand from %1: %2 (the text was already here).</translation>
    </message>
    <message>
        <source>Downloads only the attachments left on the server (UID FETCH … BODY.PEEK[part])</source>
        <translation>Downloads only the attachments left on the server (UID FETCH … BODY.PEEK[part])</translation>
    </message>
    <message>
        <source>Download a&amp;ttachments</source>
        <translation>Download a&amp;ttachments</translation>
    </message>
    <message>
        <source>&amp;IMAP: leave the mail on the server</source>
        <translation>&amp;IMAP: leave the mail on the server</translation>
    </message>
    <message>
        <source>Downloads the new mail from %1's server by POP3 (port 110) or IMAP (port 143)</source>
        <translation>Downloads the new mail from %1's server by POP3 (port 110) or IMAP (port 143)</translation>
    </message>
    <message>
        <source>The mail stays on the server, in its folders; only the text is downloaded, and the attachments stay there too.</source>
        <translation>The mail stays on the server, in its folders; only the text is downloaded, and the attachments stay there too.</translation>
    </message>
    <message>
        <source>When fetching mail</source>
        <translation>When fetching mail</translation>
    </message>
    <message numerus="yes">
        <source>IMAP: %n new message(s); %1 of %2 octets downloaded, %3 attachment(s) left on the server, which keeps all %4 message(s).</source>
        <translation>
            <numerusform>IMAP: %n new message; %1 of %2 octets downloaded, %3 attachment(s) left on the server, which keeps all %4 message(s).</numerusform>
            <numerusform>IMAP: %n new messages; %1 of %2 octets downloaded, %3 attachment(s) left on the server, which keeps all %4 message(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending… playback is paused: press Play (Space) or Step (Right) in the main window to let its lines go out.</source>
        <translation>Sending… playback is paused: press Play (Space) or Step (Right) in the main window to let its lines go out.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>No messages yet: press Fetch.</source>
        <translation>No messages yet: press Fetch.</translation>
    </message>
    <message>
        <source>Choose a message to read it.</source>
        <translation>Choose a message to read it.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>This mail client is gone (the scenario restarted).</source>
        <translation>This mail client is gone (the scenario restarted).</translation>
    </message>
    <message>
        <source>%1's mail client (%2)</source>
        <translation>%1's mail client (%2)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>C&amp;ompose</source>
        <translation>C&amp;ompose</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>fran@servidor.edu (several: separate them with commas)</source>
        <translation>fran@servidor.edu (several: separate them with commas)</translation>
    </message>
    <message>
        <source>Write the message here.</source>
        <translation>Write the message here.</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nd</translation>
    </message>
    <message>
        <source>Hands the message to %1's server by SMTP (port 587, with a password)</source>
        <translation>Hands the message to %1's server by SMTP (port 587, with a password)</translation>
    </message>
    <message>
        <source>Download and &amp;delete</source>
        <translation>Download and &amp;delete</translation>
    </message>
    <message>
        <source>Download and &amp;keep</source>
        <translation>Download and &amp;keep</translation>
    </message>
    <message>
        <source>The messages are deleted from the server once downloaded: no other client can read them again.</source>
        <translation>The messages are deleted from the server once downloaded: no other client can read them again.</translation>
    </message>
    <message>
        <source>The messages stay on the server: another client can read the same mail again.</source>
        <translation>The messages stay on the server: another client can read the same mail again.</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Fetch</translation>
    </message>
    <message>
        <source>Downloads the new mail from %1's server by POP3 (port 110)</source>
        <translation>Downloads the new mail from %1's server by POP3 (port 110)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Write at least one address in To.</source>
        <translation>Write at least one address in To.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Not sent: the server answered %1 with %2</source>
        <translation>Not sent: the server answered %1 with %2</translation>
    </message>
    <message>
        <source>Not sent for now (a temporary failure, try again later): %1</source>
        <translation>Not sent for now (a temporary failure, try again later): %1</translation>
    </message>
    <message>
        <source>Refused for %1: %2</source>
        <translation>Refused for %1: %2</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <source>Fetch failed: %1</source>
        <translation>Fetch failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) downloaded; the server keeps all %1.</source>
        <translation>
            <numerusform>%n new message downloaded; the server keeps all %1.</numerusform>
            <numerusform>%n new messages downloaded; the server keeps all %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) downloaded and deleted from the server.</source>
        <translation>
            <numerusform>%n message downloaded and deleted from the server.</numerusform>
            <numerusform>%n messages downloaded and deleted from the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 is too big to attach (%2; at most %3).</source>
        <translation>%1 is too big to attach (%2; at most %3).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>or drop files on this window.</source>
        <translation>or drop files on this window.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 (about %2 in base64)</source>
        <translation>
            <numerusform>%n file, %1 (about %2 in base64)</numerusform>
            <numerusform>%n files, %1 (about %2 in base64)</numerusform>
        </translation>
    </message>
    <message>
        <source>Base64 (RFC 2045 §6.8) writes every 3 bytes of a file as 4 letters, in lines of 76: the message is about a third bigger than its files.</source>
        <translation>Base64 (RFC 2045 §6.8) writes every 3 bytes of a file as 4 letters, in lines of 76: the message is about a third bigger than its files.</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>copies, seen by everyone (optional)</source>
        <translation>copies, seen by everyone (optional)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <source>Adds files to the message: MIME (RFC 2045, 2046) carries them as parts, encoded in base64</source>
        <translation>Adds files to the message: MIME (RFC 2045, 2046) carries them as parts, encoded in base64</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Takes the selected files out of the message (Delete)</source>
        <translation>Takes the selected files out of the message (Delete)</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>no flags</translation>
    </message>
    <message>
        <source>UID %1 — %2</source>
        <translation>UID %1 — %2</translation>
    </message>
    <message>
        <source>Folders on the server</source>
        <translation>Folders on the server</translation>
    </message>
    <message>
        <source>folder name</source>
        <translation>folder name</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Creates a folder with this name on the server (CREATE)</source>
        <translation>Creates a folder with this name on the server (CREATE)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Gives the selected folder this name (RENAME)</source>
        <translation>Gives the selected folder this name (RENAME)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deletes the selected folder and its messages from the server (DELETE)</source>
        <translation>Deletes the selected folder and its messages from the server (DELETE)</translation>
    </message>
    <message>
        <source>Sets or clears the \Flagged flag on the server (UID STORE)</source>
        <translation>Sets or clears the \Flagged flag on the server (UID STORE)</translation>
    </message>
    <message>
        <source>Sets or clears the \Seen flag on the server (UID STORE)</source>
        <translation>Sets or clears the \Seen flag on the server (UID STORE)</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Move to:</translation>
    </message>
    <message>
        <source>Moves the message to another folder on the server (UID MOVE)</source>
        <translation>Moves the message to another folder on the server (UID MOVE)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>search on the server</source>
        <translation>search on the server</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <source>The server searches the folder (UID SEARCH): nothing is downloaded for it</source>
        <translation>The server searches the folder (UID SEARCH): nothing is downloaded for it</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Stay connected (IDLE)</source>
        <translation>Stay connected (IDLE)</translation>
    </message>
    <message>
        <source>Keeps a connection open in IDLE: the server tells of new mail in INBOX as soon as it arrives</source>
        <translation>Keeps a connection open in IDLE: the server tells of new mail in INBOX as soon as it arrives</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Mark as &amp;unread</translation>
    </message>
    <message>
        <source>Mark as r&amp;ead</source>
        <translation>Mark as r&amp;ead</translation>
    </message>
    <message>
        <source>Unfla&amp;g</source>
        <translation>Unfla&amp;g</translation>
    </message>
    <message>
        <source>Fla&amp;g</source>
        <translation>Fla&amp;g</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Moves the message to Trash; in Trash, marks it \Deleted and EXPUNGE removes it from the server</source>
        <translation>Moves the message to Trash; in Trash, marks it \Deleted and EXPUNGE removes it from the server</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Asking %1…</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refused: %2</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; created on %2.</source>
        <translation>Folder &quot;%1&quot; created on %2.</translation>
    </message>
    <message>
        <source>Folder renamed to &quot;%1&quot; on %2.</source>
        <translation>Folder renamed to &quot;%1&quot; on %2.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; deleted from %2.</source>
        <translation>Folder &quot;%1&quot; deleted from %2.</translation>
    </message>
    <message>
        <source>Marked as read (\Seen) on %1.</source>
        <translation>Marked as read (\Seen) on %1.</translation>
    </message>
    <message>
        <source>Marked as unread (no \Seen) on %1.</source>
        <translation>Marked as unread (no \Seen) on %1.</translation>
    </message>
    <message>
        <source>Flagged (\Flagged) on %1.</source>
        <translation>Flagged (\Flagged) on %1.</translation>
    </message>
    <message>
        <source>Flag cleared on %1.</source>
        <translation>Flag cleared on %1.</translation>
    </message>
    <message>
        <source>Moved to &quot;%1&quot; on %2.</source>
        <translation>Moved to &quot;%1&quot; on %2.</translation>
    </message>
    <message>
        <source>Deleted: moved to &quot;%1&quot; on %2 (it can still be recovered from there).</source>
        <translation>Deleted: moved to &quot;%1&quot; on %2 (it can still be recovered from there).</translation>
    </message>
    <message>
        <source>Deleted for good: marked \Deleted and expunged from %1.</source>
        <translation>Deleted for good: marked \Deleted and expunged from %1.</translation>
    </message>
    <message>
        <source>Connected to %1 in IDLE: new mail will show up by itself.</source>
        <translation>Connected to %1 in IDLE: new mail will show up by itself.</translation>
    </message>
    <message numerus="yes">
        <source>New mail: %n message(s) arrived in INBOX while connected (IDLE).</source>
        <translation>
            <numerusform>New mail: %n message arrived in INBOX while connected (IDLE).</numerusform>
            <numerusform>New mail: %n messages arrived in INBOX while connected (IDLE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched on %1: %2 of %n message(s)</source>
        <translation>
            <numerusform>Searched on %1: %2 of %n message</numerusform>
            <numerusform>Searched on %1: %2 of %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>%1: the MX of %2 is this server itself, but %2 is not in its mydestination (Postfix: "mail for %2 loops back to myself")</source>
        <translation>%1: the MX of %2 is this server itself, but %2 is not in its mydestination (Postfix: "mail for %2 loops back to myself")</translation>
    </message>
    <message>
        <source>%1 goes to the relayhost %2, without asking the DNS for an MX</source>
        <translation>%1 goes to the relayhost %2, without asking the DNS for an MX</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (after %2)</translation>
    </message>
    <message numerus="yes">
        <source>stored in the mailbox of %1 (%n message(s))</source>
        <translation>
            <numerusform>stored in the mailbox of %1 (%n message)</numerusform>
            <numerusform>stored in the mailbox of %1 (%n messages)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 queued for %2 (%3 in the queue)</source>
        <translation>%1 queued for %2 (%3 in the queue)</translation>
    </message>
    <message>
        <source>MX %1? no MX record; trying %1 itself</source>
        <translation>MX %1? no MX record; trying %1 itself</translation>
    </message>
    <message>
        <source>%1 delivered to %2; removed from the queue</source>
        <translation>%1 delivered to %2; removed from the queue</translation>
    </message>
    <message>
        <source>%1 refused for good: %2; bouncing to the sender</source>
        <translation>%1 refused for good: %2; bouncing to the sender</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>no connection</translation>
    </message>
    <message>
        <source>%1 deferred %2 times (%3); giving up and bouncing</source>
        <translation>%1 deferred %2 times (%3); giving up and bouncing</translation>
    </message>
    <message>
        <source>%1 deferred (%2); attempt %3 of %4 in %5 s</source>
        <translation>%1 deferred (%2); attempt %3 of %4 in %5 s</translation>
    </message>
    <message>
        <source>%1: a bounce could not be delivered; dropped, as RFC 5321 §4.5.5 says</source>
        <translation>%1: a bounce could not be delivered; dropped, as RFC 5321 §4.5.5 says</translation>
    </message>
    <message>
        <source>bounce to %1 for %2</source>
        <translation>bounce to %1 for %2</translation>
    </message>
    <message>
        <source>%1 does not offer 8BITMIME: the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>%1 does not offer 8BITMIME: the message was re-encoded to 7-bit (quoted-printable)</translation>
    </message>
    <message>
        <source>%1 was greeted with HELO, which gets no extensions (no 8BITMIME): the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>%1 was greeted with HELO, which gets no extensions (no 8BITMIME): the message was re-encoded to 7-bit (quoted-printable)</translation>
    </message>
    <message>
        <source>fault: %1 answers %2 with "%3"</source>
        <translation>fault: %1 answers %2 with "%3"</translation>
    </message>
    <message>
        <source>fault: %1 cuts the connection in the middle of the message</source>
        <translation>fault: %1 cuts the connection in the middle of the message</translation>
    </message>
    <message>
        <source>fault: %1 cuts the connection at %2</source>
        <translation>fault: %1 cuts the connection at %2</translation>
    </message>
    <message>
        <source>%1 is not a queue entry (%2); skipped</source>
        <translation>%1 is not a queue entry (%2); skipped</translation>
    </message>
    <message>
        <source>it does not start with "Carteiro-Queue: 1"</source>
        <translation>it does not start with "Carteiro-Queue: 1"</translation>
    </message>
    <message>
        <source>no empty line ends its envelope</source>
        <translation>no empty line ends its envelope</translation>
    </message>
    <message>
        <source>a line without a field name: "%1"</source>
        <translation>a line without a field name: "%1"</translation>
    </message>
    <message>
        <source>its Id, Domain or Recipient is missing</source>
        <translation>its Id, Domain or Recipient is missing</translation>
    </message>
    <message>
        <source>%1 cannot store the message: %2</source>
        <translation>%1 cannot store the message: %2</translation>
    </message>
    <message>
        <source>%1 already holds this message: it was stored before, but its 250 may never have reached the client. Accepted again, not stored twice (RFC 5321 section 6.1)</source>
        <translation>%1 already holds this message: it was stored before, but its 250 may never have reached the client. Accepted again, not stored twice (RFC 5321 section 6.1)</translation>
    </message>
    <message>
        <source>MX %1? no MX record and no host %1: unrouteable (RFC 5321 §5.1)</source>
        <translation>MX %1? no MX record and no host %1: unrouteable (RFC 5321 §5.1)</translation>
    </message>
    <message>
        <source>unrouteable address: no mail host for %1 (5.1.2)</source>
        <translation>unrouteable address: no mail host for %1 (5.1.2)</translation>
    </message>
    <message>
        <source>%1 completes the address %2, which has no domain, as %3: Postfix adds @$myorigin to it (append_at_myorigin; myorigin = %4)</source>
        <translation>%1 completes the address %2, which has no domain, as %3: Postfix adds @$myorigin to it (append_at_myorigin; myorigin = %4)</translation>
    </message>
    <message>
        <source>%1 is configured as Local only (default_transport = error): mail for %2 cannot leave the machine, so Postfix refuses the recipient at once</source>
        <translation>%1 is configured as Local only (default_transport = error): mail for %2 cannot leave the machine, so Postfix refuses the recipient at once</translation>
    </message>
    <message>
        <source>%1: %2 is configured as Local only (default_transport = error): mail for %3 is not delivered but returned to the sender</source>
        <translation>%1: %2 is configured as Local only (default_transport = error): mail for %3 is not delivered but returned to the sender</translation>
    </message>
</context>
<context>
    <name>Maildir</name>
    <message>
        <source>cannot store %1: %2</source>
        <translation>cannot store %1: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>cannot create the directory %1</translation>
    </message>
    <message>
        <source>cannot remove the unfinished file %1</source>
        <translation>cannot remove the unfinished file %1</translation>
    </message>
    <message>
        <source>%1: unreadable UID list; the folder gets a new UIDVALIDITY</source>
        <translation>%1: unreadable UID list; the folder gets a new UIDVALIDITY</translation>
    </message>
    <message>
        <source>%1: not a folder name; skipped</source>
        <translation>%1: not a folder name; skipped</translation>
    </message>
    <message>
        <source>%1 is not a file; skipped</source>
        <translation>%1 is not a file; skipped</translation>
    </message>
    <message>
        <source>cannot read %1: %2; skipped</source>
        <translation>cannot read %1: %2; skipped</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot sync the directory %1: %2</source>
        <translation>cannot sync the directory %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Handout written to %1</source>
        <translation>Handout written to %1</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>Writing the handout…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export a handout</source>
        <translation>Export a handout</translation>
    </message>
    <message>
        <source>Export a &amp;handout (PDF)…</source>
        <translation>Export a &amp;handout (PDF)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Standards it implements:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SMTP: RFC 5321&lt;/li&gt;&lt;li&gt;Message format: RFC 5322&lt;/li&gt;&lt;li&gt;MIME: RFC 2045, 2046, 2047, 2048 and 2049&lt;/li&gt;&lt;li&gt;POP3: RFC 1939&lt;/li&gt;&lt;li&gt;IMAP: RFC 3501&lt;/li&gt;&lt;li&gt;TLS for mail (STARTTLS and implicit TLS): RFC 2595 and RFC 8314&lt;/li&gt;&lt;li&gt;HTTP: RFC 9110 and RFC 9112&lt;/li&gt;&lt;li&gt;TLS 1.3: RFC 8446&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Standards it implements:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SMTP: RFC 5321&lt;/li&gt;&lt;li&gt;Message format: RFC 5322&lt;/li&gt;&lt;li&gt;MIME: RFC 2045, 2046, 2047, 2048 and 2049&lt;/li&gt;&lt;li&gt;POP3: RFC 1939&lt;/li&gt;&lt;li&gt;IMAP: RFC 3501&lt;/li&gt;&lt;li&gt;TLS for mail (STARTTLS and implicit TLS): RFC 2595 and RFC 8314&lt;/li&gt;&lt;li&gt;HTTP: RFC 9110 and RFC 9112&lt;/li&gt;&lt;li&gt;TLS 1.3: RFC 8446&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). Carteiro is free software: you may share and change it under its terms. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). Carteiro is free software: you may share and change it under its terms. It comes with no warranty.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Servers</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Settings of %1</translation>
    </message>
    <message>
        <source>Settings of %1…</source>
        <translation>Settings of %1…</translation>
    </message>
    <message>
        <source>Capture written to %1: open it in Wireshark</source>
        <translation>Capture written to %1: open it in Wireshark</translation>
    </message>
    <message>
        <source>pcapng capture (*.pcapng)</source>
        <translation>pcapng capture (*.pcapng)</translation>
    </message>
    <message>
        <source>Export the capture</source>
        <translation>Export the capture</translation>
    </message>
    <message>
        <source>Export the &amp;capture for Wireshark…</source>
        <translation>Export the &amp;capture for Wireshark…</translation>
    </message>
    <message>
        <source>%1's capture</source>
        <translation>%1's capture</translation>
    </message>
    <message>
        <source>Eavesdropper's capture</source>
        <translation>Eavesdropper's capture</translation>
    </message>
    <message>
        <source>Showing line %1 of %2, at %3 s (End or the map's banner returns to now)</source>
        <translation>Showing line %1 of %2, at %3 s (End or the map's banner returns to now)</translation>
    </message>
    <message>
        <source>Carteiro — %1</source>
        <translation>Carteiro — %1</translation>
    </message>
    <message>
        <source>About Carteiro</source>
        <translation>About Carteiro</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Carteiro&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Simulated hosts talk real SMTP, POP3, IMAP and HTTP over loopback sockets, with or without TLS; every command and reply is drawn on the timeline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Carteiro&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Simulated hosts talk real SMTP, POP3, IMAP and HTTP over loopback sockets, with or without TLS; every command and reply is drawn on the timeline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Go back one line over what was recorded (Left)</source>
        <translation>Go back one line over what was recorded (Left)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Let one command or one reply cross the wire (Right)</source>
        <translation>Let one command or one reply cross the wire (Right)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Play the scenario again from the start (Home)</source>
        <translation>Play the scenario again from the start (Home)</translation>
    </message>
    <message>
        <source>Speed while playing</source>
        <translation>Speed while playing</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Mail clients</source>
        <translation>&amp;Mail clients</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Built-in scenario</source>
        <translation>&amp;Built-in scenario</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Open scenario…</translation>
    </message>
    <message>
        <source>Export the &amp;transcript…</source>
        <translation>Export the &amp;transcript…</translation>
    </message>
    <message>
        <source>Export the timeline as &amp;image…</source>
        <translation>Export the timeline as &amp;image…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Carteiro</source>
        <translation>&amp;About Carteiro</translation>
    </message>
    <message>
        <source>Mail client of %1 (%2)</source>
        <translation>Mail client of %1 (%2)</translation>
    </message>
    <message>
        <source>Carteiro</source>
        <translation>Carteiro</translation>
    </message>
    <message>
        <source>The scenario is over: %1 expectations hold.</source>
        <translation>The scenario is over: %1 expectations hold.</translation>
    </message>
    <message>
        <source>The scenario is over: %1 of %2 expectations hold.</source>
        <translation>The scenario is over: %1 of %2 expectations hold.</translation>
    </message>
    <message>
        <source>Playing the scenario: %1</source>
        <translation>Playing the scenario: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the story: the lines go out one after another (Space); Step sends one (Right)</source>
        <translation>Start the story: the lines go out one after another (Space); Step sends one (Right)</translation>
    </message>
    <message>
        <source>Paused at the start: read the caption, then press Start (Space)</source>
        <translation>Paused at the start: read the caption, then press Start (Space)</translation>
    </message>
    <message>
        <source>Paused: %1 (Space plays, Right sends one line)</source>
        <translation>Paused: %1 (Space plays, Right sends one line)</translation>
    </message>
    <message>
        <source>Pause: each line then waits for Step (Space)</source>
        <translation>Pause: each line then waits for Step (Space)</translation>
    </message>
    <message>
        <source>Play the lines one after another (Space)</source>
        <translation>Play the lines one after another (Space)</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Speed %1</translation>
    </message>
    <message>
        <source>Looking back: line %1 of %2 (Right goes forward, Space returns to now)</source>
        <translation>Looking back: line %1 of %2 (Right goes forward, Space returns to now)</translation>
    </message>
    <message>
        <source>Next on the wire: %1</source>
        <translation>Next on the wire: %1</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Open a scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.scenario);;All files (*)</source>
        <translation>Scenarios (*.scenario);;All files (*)</translation>
    </message>
    <message>
        <source>Export the transcript</source>
        <translation>Export the transcript</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Transcript written to %1</source>
        <translation>Transcript written to %1</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG image (*.svg);;PNG image (*.png)</translation>
    </message>
    <message>
        <source>Timeline written to %1</source>
        <translation>Timeline written to %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Select a line of a message on the timeline (after DATA's 354, or after the +OK of RETR) to see the whole message here.</source>
        <translation>Select a line of a message on the timeline (after DATA's 354, or after the +OK of RETR) to see the whole message here.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>%1 changed on disk and was played again.</source>
        <translation>%1 changed on disk and was played again.</translation>
    </message>
    <message>
        <source>%1 changed on disk but has errors: %2</source>
        <translation>%1 changed on disk but has errors: %2</translation>
    </message>
    <message>
        <source>Open &amp;world…</source>
        <translation>Open &amp;world…</translation>
    </message>
    <message>
        <source>&amp;Save world…</source>
        <translation>&amp;Save world…</translation>
    </message>
    <message>
        <source>Predictions: %1 of %2 right</source>
        <translation>Predictions: %1 of %2 right</translation>
    </message>
    <message>
        <source>World loaded from %1: it goes on from where it was saved.</source>
        <translation>World loaded from %1: it goes on from where it was saved.</translation>
    </message>
    <message>
        <source>%1 has errors and was not played; the scenario that was running goes on.</source>
        <translation>%1 has errors and was not played; the scenario that was running goes on.</translation>
    </message>
    <message>
        <source>Save the world</source>
        <translation>Save the world</translation>
    </message>
    <message>
        <source>Carteiro worlds (*.carteiro);;All files (*)</source>
        <translation>Carteiro worlds (*.carteiro);;All files (*)</translation>
    </message>
    <message>
        <source>Open a saved world</source>
        <translation>Open a saved world</translation>
    </message>
    <message>
        <source>There is no world to save.</source>
        <translation>There is no world to save.</translation>
    </message>
    <message numerus="yes">
        <source>World saved to %1 (the %n connection(s) open now are not kept).</source>
        <translation>
            <numerusform>World saved to %1 (the %n connection open now is not kept).</numerusform>
            <numerusform>World saved to %1 (the %n connections open now are not kept).</numerusform>
        </translation>
    </message>
    <message>
        <source>World saved to %1</source>
        <translation>World saved to %1</translation>
    </message>
    <message>
        <source>The world was not saved</source>
        <translation>The world was not saved</translation>
    </message>
    <message>
        <source>The world cannot be opened</source>
        <translation>The world cannot be opened</translation>
    </message>
    <message>
        <source>⚠ Listening beyond loopback</source>
        <translation>⚠ Listening beyond loopback</translation>
    </message>
    <message>
        <source>These services accept connections from other machines, and passwords travel in clear text:
%1</source>
        <translation>These services accept connections from other machines, and passwords travel in clear text:
%1</translation>
    </message>
    <message>
        <source>Each service listens on its standard port plus %1:
%2</source>
        <translation>Each service listens on its standard port plus %1:
%2</translation>
    </message>
    <message>
        <source>Ports +%1 (+%2 was taken)</source>
        <translation>Ports +%1 (+%2 was taken)</translation>
    </message>
    <message>
        <source>The ports of offset %1 were in use (by another Carteiro on this machine, perhaps another user&apos;s), so this window took the next free offset, %2. Connect to the ports shown here.</source>
        <translation>The ports of offset %1 were in use (by another Carteiro on this machine, perhaps another user&apos;s), so this window took the next free offset, %2. Connect to the ports shown here.</translation>
    </message>
    <message>
        <source>Ports +%1</source>
        <translation>Ports +%1</translation>
    </message>
    <message>
        <source>Export the class's &amp;access sheet (PDF)…</source>
        <translation>Export the class's &amp;access sheet (PDF)…</translation>
    </message>
    <message>
        <source>Export the access sheet</source>
        <translation>Export the access sheet</translation>
    </message>
    <message>
        <source>This scenario declares no class: add "students 30 on 2esi.org" or "class alumnos.csv" to it.</source>
        <translation>This scenario declares no class: add "students 30 on 2esi.org" or "class alumnos.csv" to it.</translation>
    </message>
    <message>
        <source>Access sheet written to %1</source>
        <translation>Access sheet written to %1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Export the class's &amp;results (CSV or JSON)…</source>
        <translation>Export the class's &amp;results (CSV or JSON)…</translation>
    </message>
    <message>
        <source>Export the class's results</source>
        <translation>Export the class's results</translation>
    </message>
    <message>
        <source>Results (*.csv *.json)</source>
        <translation>Results (*.csv *.json)</translation>
    </message>
    <message>
        <source>The class's results were written to %1.</source>
        <translation>The class's results were written to %1.</translation>
    </message>
    <message>
        <source>This window is not open on a class (carteiro --class FILE).</source>
        <translation>This window is not open on a class (carteiro --class FILE).</translation>
    </message>
    <message>
        <source>Students: %1. Each one's exercises are checked as they work; click a student in the class panel to see only their sessions.</source>
        <translation>Students: %1. Each one's exercises are checked as they work; click a student in the class panel to see only their sessions.</translation>
    </message>
    <message>
        <source>%1: the file's name must end in .csv or .json</source>
        <translation>%1: the file's name must end in .csv or .json</translation>
    </message>
    <message>
        <source>Class: %1 of %2 students answered</source>
        <translation>Class: %1 of %2 students answered</translation>
    </message>
    <message>
        <source>Class: %1 of %2 students answered, %3 right</source>
        <translation>Class: %1 of %2 students answered, %3 right</translation>
    </message>
    <message>
        <source>Students: %1, each with a world of their own. Each one's exercises are checked as they work; click a student in the class panel to see their world.</source>
        <translation>Students: %1, each with a world of their own. Each one's exercises are checked as they work; click a student in the class panel to see their world.</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Show passwords</translation>
    </message>
    <message>
        <source>The passwords typed by the students will be shown on the timeline, in the inspector and on the map: everyone who sees the projected screen will read them. Show them?</source>
        <translation>The passwords typed by the students will be shown on the timeline, in the inspector and on the map: everyone who sees the projected screen will read them. Show them?</translation>
    </message>
    <message>
        <source>Show &amp;passwords (on the projector too)</source>
        <translation>Show &amp;passwords (on the projector too)</translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message>
        <source>%1 in the message, %2 once its transfer encoding is undone</source>
        <translation>%1 in the message, %2 once its transfer encoding is undone</translation>
    </message>
    <message>
        <source>%1 in the message</source>
        <translation>%1 in the message</translation>
    </message>
    <message>
        <source>Select a header field to read what it is for.</source>
        <translation>Select a header field to read what it is for.</translation>
    </message>
    <message>
        <source>As it travelled (header fields may only hold ASCII, so other characters are written as RFC 2047 encoded words):</source>
        <translation>As it travelled (header fields may only hold ASCII, so other characters are written as RFC 2047 encoded words):</translation>
    </message>
    <message>
        <source>The whole message: header fields, a blank line, then a body of type %1</source>
        <translation>The whole message: header fields, a blank line, then a body of type %1</translation>
    </message>
    <message>
        <source>A body made of parts one after another, such as a text and its attachments</source>
        <translation>A body made of parts one after another, such as a text and its attachments</translation>
    </message>
    <message>
        <source>The same content in several forms (plain text and HTML): the reader's client shows the best one it can</source>
        <translation>The same content in several forms (plain text and HTML): the reader's client shows the best one it can</translation>
    </message>
    <message>
        <source>A body made of parts, separated by a boundary line</source>
        <translation>A body made of parts, separated by a boundary line</translation>
    </message>
    <message>
        <source>An attachment: “%1” (%2)</source>
        <translation>An attachment: “%1” (%2)</translation>
    </message>
    <message>
        <source>Text (%1) in the %2 character set</source>
        <translation>Text (%1) in the %2 character set</translation>
    </message>
    <message>
        <source>Attachment “%1” (%2, %3). Use “Save attachment…” to keep it as a file.</source>
        <translation>Attachment “%1” (%2, %3). Use “Save attachment…” to keep it as a file.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <source>There is no such part in this message.</source>
        <translation>There is no such part in this message.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>This message is damaged: %1</source>
        <translation>This message is damaged: %1</translation>
    </message>
    <message>
        <source>MIME parts</source>
        <translation>MIME parts</translation>
    </message>
    <message>
        <source>MIME (RFC 2045, 2046) lets one message carry several parts: text, other forms of it, attachments. Select a part to see its bytes.</source>
        <translation>MIME (RFC 2045, 2046) lets one message carry several parts: text, other forms of it, attachments. Select a part to see its bytes.</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>Save attachment…</translation>
    </message>
    <message>
        <source>Writes the selected attachment to a file, decoded (as it was before being attached)</source>
        <translation>Writes the selected attachment to a file, decoded (as it was before being attached)</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Charset</source>
        <translation>Charset</translation>
    </message>
    <message>
        <source>Transfer encoding</source>
        <translation>Transfer encoding</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Header fields</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The message as the reader's mail client shows it</source>
        <translation>The message as the reader's mail client shows it</translation>
    </message>
    <message>
        <source>The header fields of the message (or of the selected part), each explained</source>
        <translation>The header fields of the message (or of the selected part), each explained</translation>
    </message>
    <message>
        <source>The message byte by byte, as it travelled</source>
        <translation>The message byte by byte, as it travelled</translation>
    </message>
    <message>
        <source>%1%2 marks the end of each line (CR LF). The selected part is highlighted: its header fields lightly, its body strongly.</source>
        <translation>%1%2 marks the end of each line (CR LF). The selected part is highlighted: its header fields lightly, its body strongly.</translation>
    </message>
    <message>
        <source>No message.</source>
        <translation>No message.</translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <source>Real server: the student's own Postfix and Dovecot, outside Carteiro. The simulated clients send to it and fetch from it; its replies are drawn as they come.</source>
        <translation>Real server: the student's own Postfix and Dovecot, outside Carteiro. The simulated clients send to it and fetch from it; its replies are drawn as they come.</translation>
    </message>
    <message>
        <source>real server %1</source>
        <translation>real server %1</translation>
    </message>
    <message>
        <source>Webmail: a web server whose pages read and send mail. A browser speaks HTTP to it; behind each page it speaks IMAP and SMTP to the mail server.</source>
        <translation>Webmail: a web server whose pages read and send mail. A browser speaks HTTP to it; behind each page it speaks IMAP and SMTP to the mail server.</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>webmail</source>
        <translation>webmail</translation>
    </message>
    <message>
        <source>%1 is on the network and reads what crosses this link. Click to see the capture.</source>
        <translation>%1 is on the network and reads what crosses this link. Click to see the capture.</translation>
    </message>
    <message>
        <source>The past: line %1 of %2 — click here to go back to now</source>
        <translation>The past: line %1 of %2 — click here to go back to now</translation>
    </message>
    <message>
        <source>MUA</source>
        <translation>MUA</translation>
    </message>
    <message>
        <source>MTA · MDA</source>
        <translation>MTA · MDA</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>off the network</source>
        <translation>off the network</translation>
    </message>
    <message>
        <source>queue: %1</source>
        <translation>queue: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>inbox: %1</source>
        <translation>inbox: %1</translation>
    </message>
    <message>
        <source>MX: %1</source>
        <translation>MX: %1</translation>
    </message>
    <message>
        <source>a real program</source>
        <translation>a real program</translation>
    </message>
    <message>
        <source>No world is running.</source>
        <translation>No world is running.</translation>
    </message>
    <message>
        <source>Mail user agent (MUA): composes messages, sends them to its server by SMTP submission and downloads the mailbox by POP3.</source>
        <translation>Mail user agent (MUA): composes messages, sends them to its server by SMTP submission and downloads the mailbox by POP3.</translation>
    </message>
    <message>
        <source>Mail transfer agent (MTA): relays mail by SMTP through its queue. Mail delivery agent (MDA): keeps its users' mailboxes and hands them out by POP3.</source>
        <translation>Mail transfer agent (MTA): relays mail by SMTP through its queue. Mail delivery agent (MDA): keeps its users' mailboxes and hands them out by POP3.</translation>
    </message>
    <message>
        <source>Domain name system: says which server receives each domain's mail (MX records).</source>
        <translation>Domain name system: says which server receives each domain's mail (MX records).</translation>
    </message>
    <message>
        <source>Console: a terminal where commands are typed by hand, as with telnet.</source>
        <translation>Console: a terminal where commands are typed by hand, as with telnet.</translation>
    </message>
    <message>
        <source>Outside client: a real program that connected to the world's servers.</source>
        <translation>Outside client: a real program that connected to the world's servers.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Listening: %1</source>
        <translation>Listening: %1</translation>
    </message>
    <message>
        <source>Off the network (was listening on %1)</source>
        <translation>Off the network (was listening on %1)</translation>
    </message>
    <message>
        <source>Messages in the outgoing queue: %1</source>
        <translation>Messages in the outgoing queue: %1</translation>
    </message>
    <message>
        <source>Mailbox %1: %2 message(s)</source>
        <translation>Mailbox %1: %2 message(s)</translation>
    </message>
    <message>
        <source>Account: %1 (server %2)</source>
        <translation>Account: %1 (server %2)</translation>
    </message>
    <message>
        <source>Inbox: %1 message(s)</source>
        <translation>Inbox: %1 message(s)</translation>
    </message>
    <message>
        <source>(as at event %1)</source>
        <translation>(as at event %1)</translation>
    </message>
    <message>
        <source>tapped on %1</source>
        <translation>tapped on %1</translation>
    </message>
    <message>
        <source>The class</source>
        <translation>The class</translation>
    </message>
    <message>
        <source>students</source>
        <translation>students</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message>
        <source>at work: %1</source>
        <translation>at work: %1</translation>
    </message>
    <message>
        <source>computers seen: %1</source>
        <translation>computers seen: %1</translation>
    </message>
    <message>
        <source>%1 students' mailboxes: %2</source>
        <translation>%1 students' mailboxes: %2</translation>
    </message>
    <message>
        <source>Computers seen: %1</source>
        <translation>Computers seen: %1</translation>
    </message>
    <message>
        <source>The class: %1 students. Each one works from their own computer, a client from outside that connects to the servers; the class panel shows who did what.</source>
        <translation>The class: %1 students. Each one works from their own computer, a client from outside that connects to the servers; the class panel shows who did what.</translation>
    </message>
</context>
<context>
    <name>PredictionDialog</name>
    <message>
        <source>No answer given. The server answered:</source>
        <translation>No answer given. The server answered:</translation>
    </message>
    <message>
        <source>Right! The server answered:</source>
        <translation>Right! The server answered:</translation>
    </message>
    <message>
        <source>Not this time: you said %1. The server answered:</source>
        <translation>Not this time: you said %1. The server answered:</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>Score: %1 of %2</translation>
    </message>
    <message>
        <source>Predict the reply</source>
        <translation>Predict the reply</translation>
    </message>
    <message>
        <source>What will &lt;b&gt;%1&lt;/b&gt; answer to &lt;tt&gt;%2&lt;/tt&gt;?</source>
        <translation>What will &lt;b&gt;%1&lt;/b&gt; answer to &lt;tt&gt;%2&lt;/tt&gt;?</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>I don't know</source>
        <translation>I don't know</translation>
    </message>
</context>
<context>
    <name>PredictionQuiz</name>
    <message>
        <source>BAD: the command was not understood (syntax, or the wrong state)</source>
        <translation>BAD: the command was not understood (syntax, or the wrong state)</translation>
    </message>
    <message>
        <source>NO: the command was understood but failed</source>
        <translation>NO: the command was understood but failed</translation>
    </message>
    <message>
        <source>OK: the command worked</source>
        <translation>OK: the command worked</translation>
    </message>
    <message>
        <source>positive: the command worked</source>
        <translation>positive: the command worked</translation>
    </message>
    <message>
        <source>negative: the command failed</source>
        <translation>negative: the command failed</translation>
    </message>
    <message>
        <source>Predict: what will %1 answer to "%2"? Choices: %3</source>
        <translation>Predict: what will %1 answer to "%2"? Choices: %3</translation>
    </message>
    <message>
        <source>Prediction %1: no answer — the server answered %2 (%3 of %4 right so far)</source>
        <translation>Prediction %1: no answer — the server answered %2 (%3 of %4 right so far)</translation>
    </message>
    <message>
        <source>Prediction %1: %2 — right (%3 of %4 so far)</source>
        <translation>Prediction %1: %2 — right (%3 of %4 so far)</translation>
    </message>
    <message>
        <source>Prediction %1: %2 — the server answered %3 (%4 of %5 right so far)</source>
        <translation>Prediction %1: %2 — the server answered %3 (%4 of %5 right so far)</translation>
    </message>
</context>
<context>
    <name>ReceiptJournal</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) that are not receipts; skipped</source>
        <translation><numerusform>%1: %n line that is not a receipt; skipped</numerusform><numerusform>%1: %n lines that are not receipts; skipped</numerusform></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
</context>
<context>
    <name>ScenarioErrorsDialog</name>
    <message>
        <source>Errors in %1</source>
        <translation>Errors in %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s), so it was not played: the scenario that was running goes on untouched. Mend the file (each line says where: file:line:column) and check again.</source>
        <translation>
            <numerusform>%1 has %n error, so it was not played: the scenario that was running goes on untouched. Mend the file (each line says where: file:line:column) and check again.</numerusform>
            <numerusform>%1 has %n errors, so it was not played: the scenario that was running goes on untouched. Mend the file (each line says where: file:line:column) and check again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ScenarioParser</name>
    <message>
        <source>%1 is the real server at %2: a scenario sends mail to it and fetches from it, but cannot look into it or change it as this statement would; check the transcript (expect reply, expect wire) or what a client fetched (expect client) instead</source>
        <translation>%1 is the real server at %2: a scenario sends mail to it and fetches from it, but cannot look into it or change it as this statement would; check the transcript (expect reply, expect wire) or what a client fetched (expect client) instead</translation>
    </message>
    <message>
        <source>the real server's address</source>
        <translation>the real server's address</translation>
    </message>
    <message>
        <source>a service and its port (%1) or the end of the line</source>
        <translation>a service and its port (%1) or the end of the line</translation>
    </message>
    <message>
        <source>the port of %1 is already given on this line</source>
        <translation>the port of %1 is already given on this line</translation>
    </message>
    <message>
        <source>the address of the real server, such as 127.0.0.1 or 192.168.1.10</source>
        <translation>the address of the real server, such as 127.0.0.1 or 192.168.1.10</translation>
    </message>
    <message>
        <source>"real" is already given on this line</source>
        <translation>"real" is already given on this line</translation>
    </message>
    <message>
        <source>a real server has no simulated "address"; it is reached at the address given after "real"</source>
        <translation>a real server has no simulated "address"; it is reached at the address given after "real"</translation>
    </message>
    <message>
        <source>a value (a word or "quoted text")</source>
        <translation>a value (a word or "quoted text")</translation>
    </message>
    <message>
        <source>a port number such as 110</source>
        <translation>a port number such as 110</translation>
    </message>
    <message>
        <source>webmail "%1" is already declared on line %2</source>
        <translation>webmail "%1" is already declared on line %2</translation>
    </message>
    <message>
        <source>the webmail's host name</source>
        <translation>the webmail's host name</translation>
    </message>
    <message>
        <source>no webmail serves %1, the domain of client %2; add a line "webmail webmail.%3 for %3"</source>
        <translation>no webmail serves %1, the domain of client %2; add a line "webmail webmail.%3 for %3"</translation>
    </message>
    <message>
        <source>%1 is already the name of a host; a webmail needs a host name of its own, such as webmail.servidor.edu</source>
        <translation>%1 is already the name of a host; a webmail needs a host name of its own, such as webmail.servidor.edu</translation>
    </message>
    <message>
        <source>an HTTP status such as 200</source>
        <translation>an HTTP status such as 200</translation>
    </message>
    <message>
        <source>the addresses</source>
        <translation>the addresses</translation>
    </message>
    <message>
        <source>a quoted path such as "/folder?name=Sent"</source>
        <translation>a quoted path such as "/folder?name=Sent"</translation>
    </message>
    <message>
        <source>the UID</source>
        <translation>the UID</translation>
    </message>
    <message>
        <source>a message's UID such as 1</source>
        <translation>a message's UID such as 1</translation>
    </message>
    <message>
        <source>%1 is already the name of a host; an eavesdropper needs a name of her own, such as eva</source>
        <translation>%1 is already the name of a host; an eavesdropper needs a name of her own, such as eva</translation>
    </message>
    <message>
        <source>unknown host %1; declared servers: %2; declared clients: %3</source>
        <translation>unknown host %1; declared servers: %2; declared clients: %3</translation>
    </message>
    <message>
        <source>%1 already listens between %2 and %3 on line %4</source>
        <translation>%1 already listens between %2 and %3 on line %4</translation>
    </message>
    <message>
        <source>an eavesdropper sits between two different hosts; %1 is named twice</source>
        <translation>an eavesdropper sits between two different hosts; %1 is named twice</translation>
    </message>
    <message>
        <source>the eavesdropper's name</source>
        <translation>the eavesdropper's name</translation>
    </message>
    <message>
        <source>expected a name such as eva (letters, digits, '-', '_' and '.'), found %1</source>
        <translation>expected a name such as eva (letters, digits, '-', '_' and '.'), found %1</translation>
    </message>
    <message>
        <source>a name such as eva</source>
        <translation>a name such as eva</translation>
    </message>
    <message>
        <source>a host or client name</source>
        <translation>a host or client name</translation>
    </message>
    <message>
        <source>client %1 reads its mail with POP3; IMAP steps need a client declared with "imap" (client %2 user %3 imap)</source>
        <translation>client %1 reads its mail with POP3; IMAP steps need a client declared with "imap" (client %2 user %3 imap)</translation>
    </message>
    <message>
        <source>a search key such as text "praia"</source>
        <translation>a search key such as text "praia"</translation>
    </message>
    <message>
        <source>%1 is not a search key; use text, body, subject, from, to or cc with a quoted text, all, seen, unseen, flagged, unflagged, answered, deleted, larger or smaller with a size, since, before or on with a date, and "not" before a key</source>
        <translation>%1 is not a search key; use text, body, subject, from, to or cc with a quoted text, all, seen, unseen, flagged, unflagged, answered, deleted, larger or smaller with a size, since, before or on with a date, and "not" before a key</translation>
    </message>
    <message>
        <source>a date such as 1-Dec-2026</source>
        <translation>a date such as 1-Dec-2026</translation>
    </message>
    <message>
        <source>a size in octets</source>
        <translation>a size in octets</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>the subject</translation>
    </message>
    <message>
        <source>the folder name</source>
        <translation>the folder name</translation>
    </message>
    <message>
        <source>"smtp", "submission", "pop3" or "imap"</source>
        <translation>"smtp", "submission", "pop3" or "imap"</translation>
    </message>
    <message>
        <source>the reply to %1 must be an IMAP refusal: NO or BAD and a text, without the tag, such as "NO [OVERQUOTA] Quota exceeded"; found %2</source>
        <translation>the reply to %1 must be an IMAP refusal: NO or BAD and a text, without the tag, such as "NO [OVERQUOTA] Quota exceeded"; found %2</translation>
    </message>
    <message>
        <source>an IMAP flag such as \Seen</source>
        <translation>an IMAP flag such as \Seen</translation>
    </message>
    <message>
        <source>%1 is not a folder name: it may not be INBOX, begin or end with "/", or hold "*", "%" or control characters (RFC 3501 §5.1)</source>
        <translation>%1 is not a folder name: it may not be INBOX, begin or end with "/", or hold "*", "%" or control characters (RFC 3501 §5.1)</translation>
    </message>
    <message>
        <source>a folder name such as Traballo</source>
        <translation>a folder name such as Traballo</translation>
    </message>
    <message>
        <source>folder %1 is listed twice</source>
        <translation>folder %1 is listed twice</translation>
    </message>
    <message>
        <source>"pop3", "imap", "tls" or the end of the line</source>
        <translation>"pop3", "imap", "tls" or the end of the line</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>the end of the line</translation>
    </message>
    <message>
        <source>quoted text %1</source>
        <translation>quoted text %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>; did you mean "%1"?</source>
        <translation>; did you mean "%1"?</translation>
    </message>
    <message>
        <source>line too long: %1 characters; at most %2 are allowed</source>
        <translation>line too long: %1 characters; at most %2 are allowed</translation>
    </message>
    <message>
        <source>too many errors; stopping here (is this a scenario file?)</source>
        <translation>too many errors; stopping here (is this a scenario file?)</translation>
    </message>
    <message>
        <source>unexpected control character \x%1; a scenario is plain text (saved as UTF-8)</source>
        <translation>unexpected control character \x%1; a scenario is plain text (saved as UTF-8)</translation>
    </message>
    <message>
        <source>unterminated quoted text; expected a closing " on the same line</source>
        <translation>unterminated quoted text; expected a closing " on the same line</translation>
    </message>
    <message>
        <source>expected %1 after %2, found %3</source>
        <translation>expected %1 after %2, found %3</translation>
    </message>
    <message>
        <source>quoted text ("…")</source>
        <translation>quoted text ("…")</translation>
    </message>
    <message>
        <source>a host name such as servidor.edu</source>
        <translation>a host name such as servidor.edu</translation>
    </message>
    <message>
        <source>expected a host name such as servidor.edu (letters, digits, hyphens and dots), found %1</source>
        <translation>expected a host name such as servidor.edu (letters, digits, hyphens and dots), found %1</translation>
    </message>
    <message>
        <source>an e-mail address such as fran@servidor.edu</source>
        <translation>an e-mail address such as fran@servidor.edu</translation>
    </message>
    <message>
        <source>expected an e-mail address such as fran@servidor.edu, found %1</source>
        <translation>expected an e-mail address such as fran@servidor.edu, found %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a language code (gl, es, en) or quoted text</source>
        <translation>a language code (gl, es, en) or quoted text</translation>
    </message>
    <message>
        <source>the language "%1"</source>
        <translation>the language "%1"</translation>
    </message>
    <message>
        <source>unexpected %1 at the end of the "%2" statement</source>
        <translation>unexpected %1 at the end of the "%2" statement</translation>
    </message>
    <message>
        <source>; text with spaces goes between quotes</source>
        <translation>; text with spaces goes between quotes</translation>
    </message>
    <message>
        <source>%1 line outside a session; start one with "session HOST smtp"</source>
        <translation>%1 line outside a session; start one with "session HOST smtp"</translation>
    </message>
    <message>
        <source>unknown statement %1; expected one of: %2</source>
        <translation>unknown statement %1; expected one of: %2</translation>
    </message>
    <message>
        <source>"%1" for this language is already given on line %2</source>
        <translation>"%1" for this language is already given on line %2</translation>
    </message>
    <message>
        <source>"address", "real" or the end of the line</source>
        <translation>"address", "real" or the end of the line</translation>
    </message>
    <message>
        <source>the host name</source>
        <translation>the host name</translation>
    </message>
    <message>
        <source>a loopback address such as 127.0.0.3</source>
        <translation>a loopback address such as 127.0.0.3</translation>
    </message>
    <message>
        <source>address %1 is already used by server "%2"</source>
        <translation>address %1 is already used by server "%2"</translation>
    </message>
    <message>
        <source>server "%1" is already declared on line %2</source>
        <translation>server "%1" is already declared on line %2</translation>
    </message>
    <message>
        <source>a setting (%1)</source>
        <translation>a setting (%1)</translation>
    </message>
    <message>
        <source>unknown setting %1; expected one of: %2</source>
        <translation>unknown setting %1; expected one of: %2</translation>
    </message>
    <message>
        <source>a whole number greater than 0</source>
        <translation>a whole number greater than 0</translation>
    </message>
    <message>
        <source>setting "%1" of "%2" is already given on line %3</source>
        <translation>setting "%1" of "%2" is already given on line %3</translation>
    </message>
    <message>
        <source>the domain (only mail exchanger records are simulated)</source>
        <translation>the domain (only mail exchanger records are simulated)</translation>
    </message>
    <message>
        <source>"preference" or the end of the line</source>
        <translation>"preference" or the end of the line</translation>
    </message>
    <message>
        <source>a number from 0 to 65535</source>
        <translation>a number from 0 to 65535</translation>
    </message>
    <message>
        <source>this mx record is already declared on line %1</source>
        <translation>this mx record is already declared on line %1</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>the address</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>the password</translation>
    </message>
    <message>
        <source>user "%1" is already declared on line %2</source>
        <translation>user "%1" is already declared on line %2</translation>
    </message>
    <message>
        <source>a client name such as ana</source>
        <translation>a client name such as ana</translation>
    </message>
    <message>
        <source>expected a client name such as ana (letters, digits, '-', '_' and '.'), found %1</source>
        <translation>expected a client name such as ana (letters, digits, '-', '_' and '.'), found %1</translation>
    </message>
    <message>
        <source>the client name</source>
        <translation>the client name</translation>
    </message>
    <message>
        <source>"pop3" or the end of the line</source>
        <translation>"pop3" or the end of the line</translation>
    </message>
    <message>
        <source>client "%1" is already declared on line %2</source>
        <translation>client "%1" is already declared on line %2</translation>
    </message>
    <message>
        <source>the name of a client</source>
        <translation>the name of a client</translation>
    </message>
    <message>
        <source>one or more addresses separated by commas</source>
        <translation>one or more addresses separated by commas</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 is given twice</translation>
    </message>
    <message>
        <source>"delete", "keep" or the end of the line</source>
        <translation>"delete", "keep" or the end of the line</translation>
    </message>
    <message>
        <source>expected "C:", "S:" or "end" inside a session, found %1</source>
        <translation>expected "C:", "S:" or "end" inside a session, found %1</translation>
    </message>
    <message>
        <source>session without "end"; close its C: and S: lines with a line "end"</source>
        <translation>session without "end"; close its C: and S: lines with a line "end"</translation>
    </message>
    <message>
        <source>session without any "C:" or "S:" line</source>
        <translation>session without any "C:" or "S:" line</translation>
    </message>
    <message>
        <source>a reply code such as 250, +OK or -ERR</source>
        <translation>a reply code such as 250, +OK or -ERR</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>no server declared; a scenario needs at least one line such as "server servidor.edu"</source>
        <translation>no server declared; a scenario needs at least one line such as "server servidor.edu"</translation>
    </message>
    <message>
        <source>unknown server %1; declared servers: %2</source>
        <translation>unknown server %1; declared servers: %2</translation>
    </message>
    <message>
        <source>%1 in "%2": a port is known only once the world listens; use it in say, goal or hint</source>
        <translation>%1 in "%2": a port is known only once the world listens; use it in say, goal or hint</translation>
    </message>
    <message>
        <source>%1: expected {port HOST SERVICE}, the service being smtp, submission, pop3 or imap, as in {port servidor.edu smtp}</source>
        <translation>%1: expected {port HOST SERVICE}, the service being smtp, submission, pop3 or imap, as in {port servidor.edu smtp}</translation>
    </message>
    <message>
        <source>no server declared for the domain %1; add a line "server %2"</source>
        <translation>no server declared for the domain %1; add a line "server %2"</translation>
    </message>
    <message>
        <source>unknown user %1; declared users: %2</source>
        <translation>unknown user %1; declared users: %2</translation>
    </message>
    <message>
        <source>unknown client %1; declared clients: %2</source>
        <translation>unknown client %1; declared clients: %2</translation>
    </message>
    <message>
        <source>scenario file %1 not found</source>
        <translation>scenario file %1 not found</translation>
    </message>
    <message>
        <source>no built-in scenario named %1; built-in scenarios: %2</source>
        <translation>no built-in scenario named %1; built-in scenarios: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a scenario (%2 bytes; at most %3)</source>
        <translation>%1 is too large for a scenario (%2 bytes; at most %3)</translation>
    </message>
    <message>
        <source>expected "subject", "body", "cc", "attach" or the end of the line, found %1</source>
        <translation>expected "subject", "body", "cc", "attach" or the end of the line, found %1</translation>
    </message>
    <message>
        <source>a file name such as foto.png</source>
        <translation>a file name such as foto.png</translation>
    </message>
    <message>
        <source>attachment %1 not found; a file is looked for in the scenario's folder (%2)</source>
        <translation>attachment %1 not found; a file is looked for in the scenario's folder (%2)</translation>
    </message>
    <message>
        <source>attachment %1 is too large (%2 bytes; at most %3)</source>
        <translation>attachment %1 is too large (%2 bytes; at most %3)</translation>
    </message>
    <message>
        <source>cannot read attachment %1: %2</source>
        <translation>cannot read attachment %1: %2</translation>
    </message>
    <message>
        <source>a file name ("foto.png")</source>
        <translation>a file name ("foto.png")</translation>
    </message>
    <message>
        <source>the reply</source>
        <translation>the reply</translation>
    </message>
    <message>
        <source>a command (%1)</source>
        <translation>a command (%1)</translation>
    </message>
    <message>
        <source>a fault cannot be set at %1; expected one of: %2</source>
        <translation>a fault cannot be set at %1; expected one of: %2</translation>
    </message>
    <message>
        <source>the reply to %1 must be an SMTP error: a code from 400 to 599 and a text, such as "452 4.2.2 Mailbox full"; found %2</source>
        <translation>the reply to %1 must be an SMTP error: a code from 400 to 599 and a text, such as "452 4.2.2 Mailbox full"; found %2</translation>
    </message>
    <message>
        <source>the reply to %1 must be a POP3 error: -ERR and a text, such as "-ERR [AUTH] invalid password"; found %2</source>
        <translation>the reply to %1 must be a POP3 error: -ERR and a text, such as "-ERR [AUTH] invalid password"; found %2</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>the command</translation>
    </message>
    <message>
        <source>an address or a user name such as fran@servidor.edu or fran</source>
        <translation>an address or a user name such as fran@servidor.edu or fran</translation>
    </message>
    <message>
        <source>a number of seconds from 1 to %1</source>
        <translation>a number of seconds from 1 to %1</translation>
    </message>
    <message>
        <source>"end" without a "session" or an "exercise" before it</source>
        <translation>"end" without a "session" or an "exercise" before it</translation>
    </message>
    <message>
        <source>%1 outside an exercise; start one with a line "exercise"</source>
        <translation>%1 outside an exercise; start one with a line "exercise"</translation>
    </message>
    <message>
        <source>the name of a header field such as From</source>
        <translation>the name of a header field such as From</translation>
    </message>
    <message>
        <source>%1 is not a header field name (RFC 5322 §3.6.8: printable characters without spaces or ":")</source>
        <translation>%1 is not a header field name (RFC 5322 §3.6.8: printable characters without spaces or ":")</translation>
    </message>
    <message>
        <source>the header name</source>
        <translation>the header name</translation>
    </message>
    <message>
        <source>"count", "subject", "attachment", "header", "body" or the end of the line</source>
        <translation>"count", "subject", "attachment", "header", "body" or the end of the line</translation>
    </message>
    <message>
        <source>a connection can be cut at %1 only; found %2</source>
        <translation>a connection can be cut at %1 only; found %2</translation>
    </message>
    <message>
        <source> or the end of the line</source>
        <translation> or the end of the line</translation>
    </message>
    <message>
        <source>a delay in milliseconds from 0 to %1</source>
        <translation>a delay in milliseconds from 0 to %1</translation>
    </message>
    <message>
        <source>cannot ask about the reply to %1; expected one of: %2</source>
        <translation>cannot ask about the reply to %1; expected one of: %2</translation>
    </message>
    <message>
        <source>reply codes separated by commas, such as 250, 452, 550</source>
        <translation>reply codes separated by commas, such as 250, 452, 550</translation>
    </message>
    <message>
        <source>expected a reply code such as 250, +OK or -ERR in the choices, found %1</source>
        <translation>expected a reply code such as 250, +OK or -ERR in the choices, found %1</translation>
    </message>
    <message>
        <source>a prediction needs at least two choices</source>
        <translation>a prediction needs at least two choices</translation>
    </message>
    <message>
        <source>this exercise already has a solution</source>
        <translation>this exercise already has a solution</translation>
    </message>
    <message>
        <source>"goal" for this language is already given in this exercise</source>
        <translation>"goal" for this language is already given in this exercise</translation>
    </message>
    <message>
        <source>exercise without "end"; close its goal, hint, check and solution lines with a line "end"</source>
        <translation>exercise without "end"; close its goal, hint, check and solution lines with a line "end"</translation>
    </message>
    <message>
        <source>exercise without a goal; add a line such as goal gl "Envía unha mensaxe a Fran escribindo SMTP a man"</source>
        <translation>exercise without a goal; add a line such as goal en "Send Fran a message by typing SMTP by hand"</translation>
    </message>
    <message>
        <source>exercise without a check; add a line such as check mailbox fran@servidor.edu count 1</source>
        <translation>exercise without a check; add a line such as check mailbox fran@servidor.edu count 1</translation>
    </message>
    <message>
        <source>no server or MX serves the domain %1: mail to it would bounce at once; did you mean %2?</source>
        <translation>no server or MX serves the domain %1: mail to it would bounce at once; did you mean %2?</translation>
    </message>
    <message>
        <source>a number of students from 1 to %1</source>
        <translation>a number of students from 1 to %1</translation>
    </message>
    <message>
        <source>the number of students</source>
        <translation>the number of students</translation>
    </message>
    <message>
        <source>a class has at most %1 students</source>
        <translation>a class has at most %1 students</translation>
    </message>
    <message>
        <source>a CSV file such as alumnos.csv</source>
        <translation>a CSV file such as alumnos.csv</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>the file name</translation>
    </message>
    <message>
        <source>a class is already declared on line %1</source>
        <translation>a class is already declared on line %1</translation>
    </message>
    <message>
        <source>the class file %1 is too large (%2 bytes; at most %3)</source>
        <translation>the class file %1 is too large (%2 bytes; at most %3)</translation>
    </message>
    <message>
        <source>cannot read the class file %1: %2</source>
        <translation>cannot read the class file %1: %2</translation>
    </message>
    <message>
        <source>expected a header line "name,user" or "name,user,domain" (the domain column may hold whole addresses), found %1</source>
        <translation>expected a header line "name,user" or "name,user,domain" (the domain column may hold whole addresses), found %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed, or text follows its closing quote: %1</source>
        <translation>a quoted field is not closed, or text follows its closing quote: %1</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2: %3</source>
        <translation>expected %1 fields as in the header, found %2: %3</translation>
    </message>
    <message>
        <source>the student's name is empty</source>
        <translation>the student's name is empty</translation>
    </message>
    <message>
        <source>expected a user name such as alumno1 (lower case letters, digits, '.', '_' and '-', at most 32), found %1</source>
        <translation>expected a user name such as alumno1 (lower case letters, digits, '.', '_' and '-', at most 32), found %1</translation>
    </message>
    <message>
        <source>expected the address %1@DOMAIN (its local part is the user name), found %2</source>
        <translation>expected the address %1@DOMAIN (its local part is the user name), found %2</translation>
    </message>
    <message>
        <source>no domain for %1: add a domain column, or "on DOMAIN" after the file name</source>
        <translation>no domain for %1: add a domain column, or "on DOMAIN" after the file name</translation>
    </message>
    <message>
        <source>expected a domain such as 2esi.org, found %1</source>
        <translation>expected a domain such as 2esi.org, found %1</translation>
    </message>
    <message>
        <source>the class file %1 names no student (a header line "name,user,domain", then one line per student)</source>
        <translation>the class file %1 names no student (a header line "name,user,domain", then one line per student)</translation>
    </message>
    <message>
        <source>the class file %1 was not found; it is looked for in the scenario's folder (%2)</source>
        <translation>the class file %1 was not found; it is looked for in the scenario's folder (%2)</translation>
    </message>
    <message>
        <source>%1 is each student's own address, and this scenario declares no class; add a line such as "students 30 on 2esi.org"</source>
        <translation>%1 is each student's own address, and this scenario declares no class; add a line such as "students 30 on 2esi.org"</translation>
    </message>
    <message>
        <source>"private" is given twice in the "%1" statement</source>
        <translation>"private" is given twice in the "%1" statement</translation>
    </message>
    <message>
        <source>this class line says "private" but the one on line %1 does not: every class line says "private" (a world for each student), or none does</source>
        <translation>this class line says "private" but the one on line %1 does not: every class line says "private" (a world for each student), or none does</translation>
    </message>
    <message>
        <source>the class line on line %1 says "private" but this one does not: every class line says "private" (a world for each student), or none does</source>
        <translation>the class line on line %1 says "private" but this one does not: every class line says "private" (a world for each student), or none does</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>it listens on: %1</source>
        <translation>it listens on: %1</translation>
    </message>
    <message>
        <source>%1 does not listen on port %2</source>
        <translation>%1 does not listen on port %2</translation>
    </message>
    <message>
        <source>%1 listens on port %2</source>
        <translation>%1 listens on port %2</translation>
    </message>
    <message>
        <source>no webmail serves its domain</source>
        <translation>no webmail serves its domain</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>it answered %1</translation>
    </message>
    <message>
        <source>%1 answered with status %2</source>
        <translation>%1 answered with status %2</translation>
    </message>
    <message>
        <source>the browser has not opened a page yet</source>
        <translation>the browser has not opened a page yet</translation>
    </message>
    <message>
        <source>the text is not there</source>
        <translation>the text is not there</translation>
    </message>
    <message>
        <source>the text is there</source>
        <translation>the text is there</translation>
    </message>
    <message>
        <source>%1 does not contain "%2"</source>
        <translation>%1 does not contain "%2"</translation>
    </message>
    <message>
        <source>%1 contains "%2"</source>
        <translation>%1 contains "%2"</translation>
    </message>
    <message>
        <source>the page %2 in %1's browser</source>
        <translation>the page %2 in %1's browser</translation>
    </message>
    <message>
        <source>%1's browser did not get the page it asked for: %2</source>
        <translation>%1's browser did not get the page it asked for: %2</translation>
    </message>
    <message>
        <source>no TLS session</source>
        <translation>no TLS session</translation>
    </message>
    <message>
        <source>TLS sessions: %1</source>
        <translation>TLS sessions: %1</translation>
    </message>
    <message>
        <source>TLS on %1 is refused "%2"</source>
        <translation>TLS on %1 is refused "%2"</translation>
    </message>
    <message>
        <source>%1 is encrypted (TLS)</source>
        <translation>%1 is encrypted (TLS)</translation>
    </message>
    <message>
        <source>it is not there (%1 octets crossed)</source>
        <translation>it is not there (%1 octets crossed)</translation>
    </message>
    <message>
        <source>it crossed in clear (%1 octets crossed)</source>
        <translation>it crossed in clear (%1 octets crossed)</translation>
    </message>
    <message>
        <source>on %1 nobody reads "%2"</source>
        <translation>on %1 nobody reads "%2"</translation>
    </message>
    <message>
        <source>on %1 anyone reads "%2"</source>
        <translation>on %1 anyone reads "%2"</translation>
    </message>
    <message>
        <source>the wire between %1 and %2</source>
        <translation>the wire between %1 and %2</translation>
    </message>
    <message>
        <source>it has not searched yet</source>
        <translation>it has not searched yet</translation>
    </message>
    <message>
        <source>%1 has searched</source>
        <translation>%1 has searched</translation>
    </message>
    <message>
        <source>what %1's last search found</source>
        <translation>what %1's last search found</translation>
    </message>
    <message>
        <source>no message in %1 has that subject</source>
        <translation>no message in %1 has that subject</translation>
    </message>
    <message>
        <source>%1 finds the message "%2" in %3</source>
        <translation>%1 finds the message "%2" in %3</translation>
    </message>
    <message>
        <source>%1 (only the messages not flagged %2)</source>
        <translation>%1 (only the messages not flagged %2)</translation>
    </message>
    <message>
        <source>%1 (only the messages flagged %2)</source>
        <translation>%1 (only the messages flagged %2)</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>there is no folder %1</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 exists</translation>
    </message>
    <message>
        <source>the folder %2 of %1</source>
        <translation>the folder %2 of %1</translation>
    </message>
    <message>
        <source>no attachment was left on the server</source>
        <translation>no attachment was left on the server</translation>
    </message>
    <message>
        <source>attachments left on the server: %1</source>
        <translation>attachments left on the server: %1</translation>
    </message>
    <message>
        <source>%1 has a message whose attachment "%2" stayed on the server</source>
        <translation>%1 has a message whose attachment "%2" stayed on the server</translation>
    </message>
    <message>
        <source>the step ends within %1 s</source>
        <translation>the step ends within %1 s</translation>
    </message>
    <message>
        <source>still busy; the run stops here</source>
        <translation>still busy; the run stops here</translation>
    </message>
    <message>
        <source>the scripted %1 session with %2 goes as written</source>
        <translation>the scripted %1 session with %2 goes as written</translation>
    </message>
    <message>
        <source>%1 holds %2 message(s)</source>
        <translation>%1 holds %2 message(s)</translation>
    </message>
    <message>
        <source>it holds %1</source>
        <translation>it holds %1</translation>
    </message>
    <message>
        <source>%1 has a message with subject "%2"</source>
        <translation>%1 has a message with subject "%2"</translation>
    </message>
    <message>
        <source>it has no messages</source>
        <translation>it has no messages</translation>
    </message>
    <message>
        <source>subjects found: %1</source>
        <translation>subjects found: %1</translation>
    </message>
    <message>
        <source>the mailbox of %1</source>
        <translation>the mailbox of %1</translation>
    </message>
    <message>
        <source>the inbox of %1's mail client</source>
        <translation>the inbox of %1's mail client</translation>
    </message>
    <message>
        <source>the queue of %1</source>
        <translation>the queue of %1</translation>
    </message>
    <message>
        <source>a reply %1 was seen in the last action</source>
        <translation>a reply %1 was seen in the last action</translation>
    </message>
    <message>
        <source>replies seen: %1</source>
        <translation>replies seen: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>%1 has a message with the attachment "%2"</source>
        <translation>%1 has a message with the attachment "%2"</translation>
    </message>
    <message>
        <source>no attachments found</source>
        <translation>no attachments found</translation>
    </message>
    <message>
        <source>attachments found: %1</source>
        <translation>attachments found: %1</translation>
    </message>
    <message>
        <source>%1 will answer %2 with "%3"</source>
        <translation>%1 will answer %2 with "%3"</translation>
    </message>
    <message>
        <source>%1 will answer %2 for %3 with "%4"</source>
        <translation>%1 will answer %2 for %3 with "%4"</translation>
    </message>
    <message>
        <source>%1 listens again</source>
        <translation>%1 listens again</translation>
    </message>
    <message>
        <source>done with the solution shown</source>
        <translation>done with the solution shown</translation>
    </message>
    <message>
        <source>done by the student</source>
        <translation>done by the student</translation>
    </message>
    <message>
        <source>the solution did not reach the goal</source>
        <translation>the solution did not reach the goal</translation>
    </message>
    <message>
        <source>%1 will cut the connection at %2</source>
        <translation>%1 will cut the connection at %2</translation>
    </message>
    <message>
        <source>%1 will cut the connection at %2 for %3</source>
        <translation>%1 will cut the connection at %2 for %3</translation>
    </message>
    <message numerus="yes">
        <source> for %n second(s)</source>
        <translation>
            <numerusform> for %n second</numerusform>
            <numerusform> for %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers %2 normally again</source>
        <translation>%1 answers %2 normally again</translation>
    </message>
    <message>
        <source>the link of %1 is slow: each line it writes arrives %2 ms late</source>
        <translation>the link of %1 is slow: each line it writes arrives %2 ms late</translation>
    </message>
    <message>
        <source>the link of %1 is fast again</source>
        <translation>the link of %1 is fast again</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Exercise: %1</translation>
    </message>
    <message>
        <source>nobody to type it and no solution to play</source>
        <translation>nobody to type it and no solution to play</translation>
    </message>
    <message>
        <source>Hint %1 of %2: %3</source>
        <translation>Hint %1 of %2: %3</translation>
    </message>
    <message>
        <source>the exercise's solution (%1 with %2) goes as written</source>
        <translation>the exercise's solution (%1 with %2) goes as written</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Exercise done (%1): %2</source>
        <translation>Exercise done (%1): %2</translation>
    </message>
    <message>
        <source>Exercise not done (%1): %2</source>
        <translation>Exercise not done (%1): %2</translation>
    </message>
    <message>
        <source>the exercise is done</source>
        <translation>the exercise is done</translation>
    </message>
    <message>
        <source>%1 has a message whose %2 header contains "%3"</source>
        <translation>%1 has a message whose %2 header contains "%3"</translation>
    </message>
    <message>
        <source>no message has a %1 header</source>
        <translation>no message has a %1 header</translation>
    </message>
    <message>
        <source>%1 headers found: %2</source>
        <translation>%1 headers found: %2</translation>
    </message>
    <message>
        <source>no replies yet</source>
        <translation>no replies yet</translation>
    </message>
    <message>
        <source>the question about %1&apos;s reply to %2 (%3)</source>
        <translation>the question about %1&apos;s reply to %2 (%3)</translation>
    </message>
    <message>
        <source>never asked: no such reply came during the run</source>
        <translation>never asked: no such reply came during the run</translation>
    </message>
    <message>
        <source>%1 has a message whose text contains "%2"</source>
        <translation>%1 has a message whose text contains "%2"</translation>
    </message>
    <message>
        <source>no message&apos;s text contains it</source>
        <translation>no message&apos;s text contains it</translation>
    </message>
</context>
<context>
    <name>ScriptSession</name>
    <message>
        <source>expected the server to say "%1", but it said "%2"</source>
        <translation>expected the server to say "%1", but it said "%2"</translation>
    </message>
    <message>
        <source>the server closed the connection before the script ended</source>
        <translation>the server closed the connection before the script ended</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>the server did not answer in time</translation>
    </message>
</context>
<context>
    <name>ServerViews</name>
    <message>
        <source>Service and port</source>
        <translation>Service and port</translation>
    </message>
    <message>
        <source>netstat -tln: %1</source>
        <translation>netstat -tln: %1</translation>
    </message>
    <message>
        <source>%1 — port %2, chosen by the system</source>
        <translation>%1 — port %2, chosen by the system</translation>
    </message>
    <message>
        <source>%1 — port %2</source>
        <translation>%1 — port %2</translation>
    </message>
    <message>
        <source>%1 — port %2 = %3 + %4</source>
        <translation>%1 — port %2 = %3 + %4</translation>
    </message>
    <message>
        <source>%1 normally listens on port %2 (%3 in /etc/services); here on %4, the standard port plus the offset %5, and netstat -tl is shown naming it as the standard one.</source>
        <translation>%1 normally listens on port %2 (%3 in /etc/services); here on %4, the standard port plus the offset %5, and netstat -tl is shown naming it as the standard one.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Mailboxes</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Listening</translation>
    </message>
    <message>
        <source>Each server's outgoing queue: messages waiting to be relayed to another server.</source>
        <translation>Each server's outgoing queue: messages waiting to be relayed to another server.</translation>
    </message>
    <message>
        <source>Each user's mailbox on its server, as POP3 will list it.</source>
        <translation>Each user's mailbox on its server, as POP3 will list it.</translation>
    </message>
    <message>
        <source>The sockets the servers listen on, as netstat -tl shows them. These are real sockets: netstat or ss in a terminal lists them too.</source>
        <translation>The sockets the servers listen on, as netstat -tl shows them. These are real sockets: netstat or ss in a terminal lists them too.</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue ID</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Mailbox / UID</source>
        <translation>Mailbox / UID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Proto</source>
        <translation>Proto</translation>
    </message>
    <message>
        <source>Local Address</source>
        <translation>Local Address</translation>
    </message>
    <message>
        <source>Foreign Address</source>
        <translation>Foreign Address</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n message(s)</source>
        <translation>
            <numerusform>%1 — %n message</numerusform>
            <numerusform>%1 — %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>sending now</source>
        <translation>sending now</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>To %1, via the MX of %2</source>
        <translation>To %1, via the MX of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 normally listens on port %2; here on %3</source>
        <translation>%1 normally listens on port %2; here on %3</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>INBOX: what POP3 lists and IMAP's INBOX</source>
        <translation>INBOX: what POP3 lists and IMAP's INBOX</translation>
    </message>
    <message>
        <source>UID %1</source>
        <translation>UID %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 ▸ %2 — %n message(s)</source>
        <translation>
            <numerusform>%1 ▸ %2 — %n message</numerusform>
            <numerusform>%1 ▸ %2 — %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PcapngExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the name must end in .svg or .png</source>
        <translation>the name must end in .svg or .png</translation>
    </message>
    <message>
        <source>drawing needs a graphical application</source>
        <translation>drawing needs a graphical application</translation>
    </message>
    <message>
        <source>there is no transcript to draw</source>
        <translation>there is no transcript to draw</translation>
    </message>
    <message>
        <source>Carteiro timeline</source>
        <translation>Carteiro timeline</translation>
    </message>
    <message>
        <source>Every command and reply of the scenario, as a sequence diagram</source>
        <translation>Every command and reply of the scenario, as a sequence diagram</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>the SVG could not be started</translation>
    </message>
    <message>
        <source>%1 rows are too many for a PNG image; export it as .svg</source>
        <translation>%1 rows are too many for a PNG image; export it as .svg</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>not enough memory for the image</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>(empty line)</source>
        <translation>(empty line)</translation>
    </message>
    <message>
        <source>TCP connection opened: %1</source>
        <translation>TCP connection opened: %1</translation>
    </message>
    <message>
        <source>TCP connection closed by %1</source>
        <translation>TCP connection closed by %1</translation>
    </message>
    <message>
        <source>TCP connection closed: %1</source>
        <translation>TCP connection closed: %1</translation>
    </message>
    <message>
        <source>DNS lookup: %1</source>
        <translation>DNS lookup: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Queue: %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Delivery: %1</translation>
    </message>
    <message>
        <source>✔ Expected: %1</source>
        <translation>✔ Expected: %1</translation>
    </message>
    <message>
        <source>✘ Expected: %1</source>
        <translation>✘ Expected: %1</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>time (s)</translation>
    </message>
    <message>
        <source>This line carries a password in clear text, shown on purpose as in the course: anyone who can watch the network can read it (base64 is not encryption). Real servers first encrypt the connection with TLS.</source>
        <translation>This line carries a password in clear text, shown on purpose as in the course: anyone who can watch the network can read it (base64 is not encryption). Real servers first encrypt the connection with TLS.</translation>
    </message>
    <message>
        <source>Encrypted from here: %1, %2 (certificate NOT verified)</source>
        <translation>Encrypted from here: %1, %2 (certificate NOT verified)</translation>
    </message>
    <message>
        <source>Encrypted from here: %1, %2</source>
        <translation>Encrypted from here: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Carried by an encrypted TLS record of %n octet(s): on the wire only its header and ciphertext are seen.</source>
        <translation>
            <numerusform>Carried by an encrypted TLS record of %n octet: on the wire only its header and ciphertext are seen.</numerusform>
            <numerusform>Carried by an encrypted TLS record of %n octets: on the wire only its header and ciphertext are seen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carried by a TLS record in clear of %n octet(s).</source>
        <translation>
            <numerusform>Carried by a TLS record in clear of %n octet.</numerusform>
            <numerusform>Carried by a TLS record in clear of %n octets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before it, %n TLS record(s) that carried no line or message of their own.</source>
        <translation>
            <numerusform>Before it, %n TLS record that carried no line or message of its own.</numerusform>
            <numerusform>Before it, %n TLS records that carried no line or message of their own.</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP connection reset (RST) by %1</source>
        <translation>TCP connection reset (RST) by %1</translation>
    </message>
    <message>
        <source>This line carries a password in clear text, masked here as ****: anyone who can watch the network can read it (base64 is not encryption). Real servers first encrypt the connection with TLS.</source>
        <translation>This line carries a password in clear text, masked here as ****: anyone who can watch the network can read it (base64 is not encryption). Real servers first encrypt the connection with TLS.</translation>
    </message>
</context>
<context>
    <name>TranscriptFormatter</name>
    <message>
        <source>connect</source>
        <comment>tag of a TCP connection opened</comment>
        <translation>connect</translation>
    </message>
    <message>
        <source>close</source>
        <comment>tag of a TCP connection closed</comment>
        <translation>close</translation>
    </message>
    <message>
        <source>dns</source>
        <comment>tag of a DNS lookup</comment>
        <translation>dns</translation>
    </message>
    <message>
        <source>queue</source>
        <comment>tag of a queue decision</comment>
        <translation>queue</translation>
    </message>
    <message>
        <source>delivery</source>
        <comment>tag of a delivery</comment>
        <translation>delivery</translation>
    </message>
    <message>
        <source>caption</source>
        <comment>tag of a scenario&apos;s caption</comment>
        <translation>caption</translation>
    </message>
    <message>
        <source>expect</source>
        <comment>tag of a checked expectation</comment>
        <translation>expect</translation>
    </message>
    <message>
        <source>note</source>
        <comment>tag of a note</comment>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>World</name>
    <message>
        <source>%1 refused a message from %2: it asked to send %3 in the last minute already, the limit for one client (Postfix's smtpd_client_message_rate_limit)</source>
        <translation>%1 refused a message from %2: it asked to send %3 in the last minute already, the limit for one client (Postfix's smtpd_client_message_rate_limit)</translation>
    </message>
    <message>
        <source>%1 refused a connection from %2: it opened %3 in the last minute already, the limit for one client (Postfix's smtpd_client_connection_rate_limit)</source>
        <translation>%1 refused a connection from %2: it opened %3 in the last minute already, the limit for one client (Postfix's smtpd_client_connection_rate_limit)</translation>
    </message>
    <message>
        <source>%1 refused a connection from %2: it has %3 connections open already, the limit for one client (Postfix's smtpd_client_connection_count_limit)</source>
        <translation>%1 refused a connection from %2: it has %3 connections open already, the limit for one client (Postfix's smtpd_client_connection_count_limit)</translation>
    </message>
    <message>
        <source>there is no server %1</source>
        <translation>there is no server %1</translation>
    </message>
    <message>
        <source>%1 reconfigured: %2</source>
        <translation>%1 reconfigured: %2</translation>
    </message>
    <message>
        <source>%1 listens on loopback only (inet_interfaces = loopback-only): the connection from %2 is refused</source>
        <translation>%1 listens on loopback only (inet_interfaces = loopback-only): the connection from %2 is refused</translation>
    </message>
    <message>
        <source>Mallory</source>
        <translation>Mallory</translation>
    </message>
    <message>
        <source>%1 offers no TLS: %2</source>
        <translation>%1 offers no TLS: %2</translation>
    </message>
    <message>
        <source>no TLS: the classroom CA cannot be used: %1</source>
        <translation>no TLS: the classroom CA cannot be used: %1</translation>
    </message>
    <message>
        <source>%1 cannot listen for %2 on %3:%4: %5</source>
        <translation>%1 cannot listen for %2 on %3:%4: %5</translation>
    </message>
    <message>
        <source>outside %1</source>
        <translation>outside %1</translation>
    </message>
    <message>
        <source>%1 stops listening on %2:%3 (%4)</source>
        <translation>%1 stops listening on %2:%3 (%4)</translation>
    </message>
    <message>
        <source>%1 listens again on %2:%3 (%4)</source>
        <translation>%1 listens again on %2:%3 (%4)</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2): no such service</source>
        <translation>cannot connect to %1 (%2): no such service</translation>
    </message>
    <message>
        <source>%1 refused a connection from %2: %3 connections are open already (the limit)</source>
        <translation>%1 refused a connection from %2: %3 connections are open already (the limit)</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>cannot create the data directory %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>the data directory %1 is in use by another carteiro</source>
        <translation>the data directory %1 is in use by another carteiro</translation>
    </message>
    <message>
        <source>%1 keeps its mail in %2: %3 message(s) in the mailboxes, %4 in the queue</source>
        <translation>%1 keeps its mail in %2: %3 message(s) in the mailboxes, %4 in the queue</translation>
    </message>
    <message>
        <source>The private worlds of %1 students need ports %2 to %3 (%4 each), but the system's temporary ports start at %5: give a smaller --port-offset, or fewer services or students</source>
        <translation>The private worlds of %1 students need ports %2 to %3 (%4 each), but the system's temporary ports start at %5: give a smaller --port-offset, or fewer services or students</translation>
    </message>
    <message>
        <source>%1 cannot listen for %2: its port would be %3, but the system's temporary ports start at %4</source>
        <translation>%1 cannot listen for %2: its port would be %3, but the system's temporary ports start at %4</translation>
    </message>
</context>
<context>
    <name>WorldFile</name>
    <message>
        <source>a port number</source>
        <translation>a port number</translation>
    </message>
    <message>
        <source>"%1" is not a server of this world</source>
        <translation>"%1" is not a server of this world</translation>
    </message>
    <message>
        <source>"%1" is neither a server nor a client of this world</source>
        <translation>"%1" is neither a server nor a client of this world</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>expected a list of strings</translation>
    </message>
    <message>
        <source>expected "passed" or "failed", found "%1"</source>
        <translation>expected "passed" or "failed", found "%1"</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>missing (expected %1)</source>
        <translation>missing (expected %1)</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <source>%1 entries, more than the %2 a world file may hold</source>
        <translation>%1 entries, more than the %2 a world file may hold</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>longer than %1 characters</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>expected a whole number, found %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 is out of range (%2 to %3)</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>larger than %1 MiB</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>not valid base64</translation>
    </message>
    <message>
        <source>expected a string or {"base64": …}, found %1</source>
        <translation>expected a string or {"base64": …}, found %1</translation>
    </message>
    <message>
        <source>missing (expected a string or {"base64": …})</source>
        <translation>missing (expected a string or {"base64": …})</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB, the most a world file may be</source>
        <translation>%1: the file is larger than %2 MiB, the most a world file may be</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most a world file may be</source>
        <translation>the file is larger than %1 MiB, the most a world file may be</translation>
    </message>
    <message>
        <source>the file is empty: not a Carteiro world file</source>
        <translation>the file is empty: not a Carteiro world file</translation>
    </message>
    <message>
        <source>not a valid world file: broken JSON at offset %1 (%2): %3</source>
        <translation>not a valid world file: broken JSON at offset %1 (%2): %3</translation>
    </message>
    <message>
        <source>not a Carteiro world file: the file is not a JSON object</source>
        <translation>not a Carteiro world file: the file is not a JSON object</translation>
    </message>
    <message>
        <source>not a Carteiro world file: "format" is %1, expected "%2"</source>
        <translation>not a Carteiro world file: "format" is %1, expected "%2"</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>world file version %1 is not supported: this Carteiro reads version %2</source>
        <translation>world file version %1 is not supported: this Carteiro reads version %2</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>"%1" is not an IP address</translation>
    </message>
    <message>
        <source>"%1" is not a mail address</source>
        <translation>"%1" is not a mail address</translation>
    </message>
    <message>
        <source>"%1" appears twice</source>
        <translation>"%1" appears twice</translation>
    </message>
    <message>
        <source>%1@%2 is not one of the users</source>
        <translation>%1@%2 is not one of the users</translation>
    </message>
    <message>
        <source>%1 is not one of the users</source>
        <translation>%1 is not one of the users</translation>
    </message>
    <message>
        <source>is not an IMAP flag</source>
        <translation>is not an IMAP flag</translation>
    </message>
    <message>
        <source>"%1" is not a usable folder name here</source>
        <translation>"%1" is not a usable folder name here</translation>
    </message>
    <message>
        <source>must be above every imapUid</source>
        <translation>must be above every imapUid</translation>
    </message>
    <message>
        <source>expected "delete" or "keep", found "%1"</source>
        <translation>expected "delete" or "keep", found "%1"</translation>
    </message>
    <message>
        <source>expected %1, found %2 (events must be in order)</source>
        <translation>expected %1, found %2 (events must be in order)</translation>
    </message>
    <message>
        <source>unknown kind "%1"</source>
        <translation>unknown kind "%1"</translation>
    </message>
    <message>
        <source>unknown protocol "%1"</source>
        <translation>unknown protocol "%1"</translation>
    </message>
    <message>
        <source>expected "C" or "S", found "%1"</source>
        <translation>expected "C" or "S", found "%1"</translation>
    </message>
    <message>
        <source>unknown phase "%1"</source>
        <translation>unknown phase "%1"</translation>
    </message>
    <message>
        <source>unknown line role "%1"</source>
        <translation>unknown line role "%1"</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--client-limit-exceptions needs addresses or subnets such as 127.0.0.0/8,192.168.1.10 separated by commas, or "none"; "%1" is neither</source>
        <translation>--client-limit-exceptions needs addresses or subnets such as 127.0.0.0/8,192.168.1.10 separated by commas, or "none"; "%1" is neither</translation>
    </message>
    <message>
        <source>--%1 needs a number from 0 (no limit) to 100000, not "%2"</source>
        <translation>--%1 needs a number from 0 (no limit) to 100000, not "%2"</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>addresses</translation>
    </message>
    <message>
        <source>Client addresses or subnets never limited, separated by commas, or "none" (default 127.0.0.0/8,::1/128: this machine, as Postfix's $mynetworks on Debian).</source>
        <translation>Client addresses or subnets never limited, separated by commas, or "none" (default 127.0.0.0/8,::1/128: this machine, as Postfix's $mynetworks on Debian).</translation>
    </message>
    <message>
        <source>MAIL commands one client address may give in a minute, as Postfix's smtpd_client_message_rate_limit (default %1; 0: no limit).</source>
        <translation>MAIL commands one client address may give in a minute, as Postfix's smtpd_client_message_rate_limit (default %1; 0: no limit).</translation>
    </message>
    <message>
        <source>Connections one client address may open in a minute, as Postfix's smtpd_client_connection_rate_limit (default %1; 0: no limit).</source>
        <translation>Connections one client address may open in a minute, as Postfix's smtpd_client_connection_rate_limit (default %1; 0: no limit).</translation>
    </message>
    <message>
        <source>Connections one client address may hold open at once; more are told to try again later, as Postfix's smtpd_client_connection_count_limit (default %1; 0: no limit).</source>
        <translation>Connections one client address may hold open at once; more are told to try again later, as Postfix's smtpd_client_connection_count_limit (default %1; 0: no limit).</translation>
    </message>
    <message>
        <source>--export-handout plays a scenario; it does not read a saved world</source>
        <translation>--export-handout plays a scenario; it does not read a saved world</translation>
    </message>
    <message>
        <source>Run the scenario without a window and write a PDF handout for a class: its story, timeline, dialogue, exercises and questions, with the answers on the last pages.</source>
        <translation>Run the scenario without a window and write a PDF handout for a class: its story, timeline, dialogue, exercises and questions, with the answers on the last pages.</translation>
    </message>
    <message>
        <source>--keep-bytes needs a size in octets, 0 or more, with K, M or G if wanted (8M), not "%1"</source>
        <translation>--keep-bytes needs a size in octets, 0 or more, with K, M or G if wanted (8M), not "%1"</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>--serve and --class: memory the transcript's latest events may take, in octets or with K, M or G; the oldest are dropped beyond it (default 6M; 0 keeps all).</source>
        <translation>--serve and --class: memory the transcript's latest events may take, in octets or with K, M or G; the oldest are dropped beyond it (default 6M; 0 keeps all).</translation>
    </message>
    <message>
        <source>--serve and --class: keep no more than about this many of the latest transcript events in memory, dropping the oldest (default 0: only --keep-bytes bounds them).</source>
        <translation>--serve and --class: keep no more than about this many of the latest transcript events in memory, dropping the oldest (default 0: only --keep-bytes bounds them).</translation>
    </message>
    <message>
        <source>Give one file to open, or --scenario, or --load-world, not more: %1</source>
        <translation>Give one file to open, or --scenario, or --load-world, not more: %1</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>A scenario file to play, or a saved world (.carteiro) to open: the same as --scenario file or --load-world file.</source>
        <translation>A scenario file to play, or a saved world (.carteiro) to open: the same as --scenario file or --load-world file.</translation>
    </message>
    <message>
        <source>--user may not contain spaces, nor --password a line break</source>
        <translation>--user may not contain spaces, nor --password a line break</translation>
    </message>
    <message>
        <source>Check an installed mail server (Postfix and Dovecot) as the course does: the ports that listen, SMTP&apos;s greeting and EHLO, mail for --user@--domain accepted, relaying for strangers refused, POP3 and IMAP log-in with --user and --password, and TLS; exit status 0 when every check holds, 1 when one does not.</source>
        <translation>Check an installed mail server (Postfix and Dovecot) as the course does: the ports that listen, SMTP&apos;s greeting and EHLO, mail for --user@--domain accepted, relaying for strangers refused, POP3 and IMAP log-in with --user and --password, and TLS; exit status 0 when every check holds, 1 when one does not.</translation>
    </message>
    <message>
        <source>With --check-server: the domain the server takes mail for (the system mail name given when installing Postfix, e.g. 2esi.org).</source>
        <translation>With --check-server: the domain the server takes mail for (the system mail name given when installing Postfix, e.g. 2esi.org).</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>With --check-server: a user of the server (alumno1).</source>
        <translation>With --check-server: a user of the server (alumno1).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>With --check-server: that user&apos;s password, to log in by POP3 and IMAP.</source>
        <translation>With --check-server: that user&apos;s password, to log in by POP3 and IMAP.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>With --check-server: ports other than the standard ones, as smtp=N,submission=N,pop3=N,imap=N,pop3s=N,imaps=N (any of them).</source>
        <translation>With --check-server: ports other than the standard ones, as smtp=N,submission=N,pop3=N,imap=N,pop3s=N,imaps=N (any of them).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>--check-server needs the server&apos;s address or name</source>
        <translation>--check-server needs the server&apos;s address or name</translation>
    </message>
    <message>
        <source>--password needs --user too</source>
        <translation>--password needs --user too</translation>
    </message>
    <message>
        <source>--domain needs a domain such as 2esi.org, not &quot;%1&quot;</source>
        <translation>--domain needs a domain such as 2esi.org, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 works with --check-server</source>
        <translation>--%1 works with --check-server</translation>
    </message>
    <message>
        <source>Run the scenario without a window (or --serve, when it ends) and write the keys of its TLS sessions into a file in SSLKEYLOGFILE format.</source>
        <translation>Run the scenario without a window (or --serve, when it ends) and write the keys of its TLS sessions into a file in SSLKEYLOGFILE format.</translation>
    </message>
    <message>
        <source>Run the scenario without a window (or --serve, when it ends) and write its traffic into a .pcapng capture for Wireshark (TLS sessions decrypt with the keys inside).</source>
        <translation>Run the scenario without a window (or --serve, when it ends) and write its traffic into a .pcapng capture for Wireshark (TLS sessions decrypt with the keys inside).</translation>
    </message>
    <message>
        <source>Write the certificate of your classroom CA (made the first time it is needed) into a file, to trust it in Thunderbird or a browser; - writes it to the standard output.</source>
        <translation>Write the certificate of your classroom CA (made the first time it is needed) into a file, to trust it in Thunderbird or a browser; - writes it to the standard output.</translation>
    </message>
    <message>
        <source>Carteiro: watch e-mail work. Simulated hosts talk real SMTP and POP3 over loopback sockets, and every command and reply is shown.</source>
        <translation>Carteiro: watch e-mail work. Simulated hosts talk real SMTP and POP3 over loopback sockets, and every command and reply is shown.</translation>
    </message>
    <message>
        <source>Run the scenario to the end without a window and print the transcript.</source>
        <translation>Run the scenario to the end without a window and print the transcript.</translation>
    </message>
    <message>
        <source>Start the scenario's servers only, for telnet, nc or real mail clients.</source>
        <translation>Start the scenario's servers only, for telnet, nc or real mail clients.</translation>
    </message>
    <message>
        <source>Built-in scenario name or scenario file (default: ana-fran).</source>
        <translation>Built-in scenario name or scenario file (default: ana-fran).</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>name|file</translation>
    </message>
    <message>
        <source>Added to the standard ports 25, 587 and 110 (default 10000; 0 gives the real ports). The window moves on to the next free offset when these ports are taken; --headless and the exports listen on ports the system picks unless this is given.</source>
        <translation>Added to the standard ports 25, 587 and 110 (default 10000; 0 gives the real ports). The window moves on to the next free offset when these ports are taken; --headless and the exports listen on ports the system picks unless this is given.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Listen on ports the system picks (printed in the LISTEN lines).</source>
        <translation>Listen on ports the system picks (printed in the LISTEN lines).</translation>
    </message>
    <message>
        <source>Language of the interface: gl, es or en.</source>
        <translation>Language of the interface: gl, es or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Print the transcript as JSON lines.</source>
        <translation>Print the transcript as JSON lines.</translation>
    </message>
    <message>
        <source>First retry delay of a deferred message, in milliseconds (default 2000).</source>
        <translation>First retry delay of a deferred message, in milliseconds (default 2000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Check a scenario file and report every error.</source>
        <translation>Check a scenario file and report every error.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>List the built-in scenarios.</source>
        <translation>List the built-in scenarios.</translation>
    </message>
    <message>
        <source>--port-offset needs a number from 0 to 64000, not "%1"</source>
        <translation>--port-offset needs a number from 0 to 64000, not "%1"</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds from 1 to 86400, not "%1"</source>
        <translation>--idle-timeout needs a number of seconds from 1 to 86400, not "%1"</translation>
    </message>
    <message>
        <source>Run the scenario without a window and draw its timeline into a .svg or .png file.</source>
        <translation>Run the scenario without a window and draw its timeline into a .svg or .png file.</translation>
    </message>
    <message>
        <source>Run the scenario without a window and write its transcript into a text file.</source>
        <translation>Run the scenario without a window and write its transcript into a text file.</translation>
    </message>
    <message>
        <source>With --headless: save the world after the run (mailboxes, queues, mail clients, transcript) into a file.</source>
        <translation>With --headless: save the world after the run (mailboxes, queues, mail clients, transcript) into a file.</translation>
    </message>
    <message>
        <source>Open a saved world in the window; with --headless, print its transcript.</source>
        <translation>Open a saved world in the window; with --headless, print its transcript.</translation>
    </message>
    <message>
        <source>--load-world works with the window, --headless and the exports, not with --serve</source>
        <translation>--load-world works with the window, --headless and the exports, not with --serve</translation>
    </message>
    <message>
        <source>--save-world works with --headless; in the window use File ▸ Save world…</source>
        <translation>--save-world works with --headless; in the window use File ▸ Save world…</translation>
    </message>
    <message>
        <source>Make the servers listen on this address instead of their own 127.0.0.x (loopback only, the default). 0.0.0.0 lets anyone on the network connect: a warning says so.</source>
        <translation>Make the servers listen on this address instead of their own 127.0.0.x (loopback only, the default). 0.0.0.0 lets anyone on the network connect: a warning says so.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Print passwords in the transcript on the terminal and in --export-transcript (by default they are printed as ****; the window shows them, marked, except on a class: see --class).</source>
        <translation>Print passwords in the transcript on the terminal and in --export-transcript (by default they are printed as ****; the window shows them, marked, except on a class: see --class).</translation>
    </message>
    <message>
        <source>Seconds a server session may last in all, however busy (default 3600; 0: no limit).</source>
        <translation>Seconds a server session may last in all, however busy (default 3600; 0: no limit).</translation>
    </message>
    <message>
        <source>Server connections open at once; more are told to try again later (default 1000).</source>
        <translation>Server connections open at once; more are told to try again later (default 1000).</translation>
    </message>
    <message>
        <source>--listen needs an IP address such as 127.0.0.1 or 0.0.0.0, not "%1"</source>
        <translation>--listen needs an IP address such as 127.0.0.1 or 0.0.0.0, not "%1"</translation>
    </message>
    <message>
        <source>--keep-lines needs a number of events, 0 or more, not "%1"</source>
        <translation>--keep-lines needs a number of events, 0 or more, not "%1"</translation>
    </message>
    <message>
        <source>--session-timeout needs a number of seconds from 0 to 604800, not "%1"</source>
        <translation>--session-timeout needs a number of seconds from 0 to 604800, not "%1"</translation>
    </message>
    <message>
        <source>--max-connections needs a number from 1 to 100000, not "%1"</source>
        <translation>--max-connections needs a number from 1 to 100000, not "%1"</translation>
    </message>
    <message>
        <source>Print **** instead of passwords in the transcript (the default; see --show-passwords).</source>
        <translation>Print **** instead of passwords in the transcript (the default; see --show-passwords).</translation>
    </message>
    <message>
        <source>Seconds a server waits for each complete line from a client (a byte at a time does not count) before closing (default 300).</source>
        <translation>Seconds a server waits for each complete line from a client (a byte at a time does not count) before closing (default 300).</translation>
    </message>
    <message>
        <source>Keep the servers' mailboxes and queues in this directory, as Maildir folders (--serve default: %1; "" keeps them in memory).</source>
        <translation>Keep the servers' mailboxes and queues in this directory, as Maildir folders (--serve default: %1; "" keeps them in memory).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Keep mailboxes and queues in memory only (the same as --data-dir "").</source>
        <translation>Keep mailboxes and queues in memory only (the same as --data-dir "").</translation>
    </message>
    <message>
        <source>The ports of offset %1 are in use (another carteiro on this machine?): the window listens on offset %2 (%3 %4 on port %5).</source>
        <translation>The ports of offset %1 are in use (another carteiro on this machine?): the window listens on offset %2 (%3 %4 on port %5).</translation>
    </message>
    <message>
        <source>Write a PDF access sheet for the scenario's class: a card per student with address, user, password and the host and ports to connect to. The passwords are those --serve gives with the same data directory.</source>
        <translation>Write a PDF access sheet for the scenario's class: a card per student with address, user, password and the host and ports to connect to. The passwords are those --serve gives with the same data directory.</translation>
    </message>
    <message>
        <source>--export-access-sheet reads a scenario; it does not read a saved world</source>
        <translation>--export-access-sheet reads a scenario; it does not read a saved world</translation>
    </message>
    <message>
        <source>Listen on LISTEN (a port on 127.0.0.1, or ADDRESS:PORT), pass every connection on to the real server TARGET (ADDRESS:PORT) and draw every line between them, as 2525=127.0.0.1:25 for Postfix or 1110=127.0.0.1:110 for Dovecot. The protocol comes from the port, or is named first (imap:1143=127.0.0.1:10143). May be given several times.</source>
        <translation>Listen on LISTEN (a port on 127.0.0.1, or ADDRESS:PORT), pass every connection on to the real server TARGET (ADDRESS:PORT) and draw every line between them, as 2525=127.0.0.1:25 for Postfix or 1110=127.0.0.1:110 for Dovecot. The protocol comes from the port, or is named first (imap:1143=127.0.0.1:10143). May be given several times.</translation>
    </message>
    <message>
        <source>LISTEN=TARGET</source>
        <translation>LISTEN=TARGET</translation>
    </message>
    <message>
        <source>With --headless or --serve: under each command and reply, what it is and its RFC section, as the inspector says it.</source>
        <translation>With --headless or --serve: under each command and reply, what it is and its RFC section, as the inspector says it.</translation>
    </message>
    <message>
        <source>With --serve on a class: keep each student's exercise results in a .csv or .json file, rewritten as they change (may be given more than once).</source>
        <translation>With --serve on a class: keep each student's exercise results in a .csv or .json file, rewritten as they change (may be given more than once).</translation>
    </message>
    <message>
        <source>Open the window on the class of a scenario file: its servers as --serve starts them (the same ports, data directory and passwords), and a panel with each student's exercise checks, graded as they work.</source>
        <translation>Open the window on the class of a scenario file: its servers as --serve starts them (the same ports, data directory and passwords), and a panel with each student's exercise checks, graded as they work.</translation>
    </message>
    <message>
        <source>--class opens the window on a class: it does not go with %1</source>
        <translation>--class opens the window on a class: it does not go with %1</translation>
    </message>
    <message>
        <source>--class needs a class: %1 declares no students (add "students 30 on 2esi.org" or "class alumnos.csv")</source>
        <translation>--class needs a class: %1 declares no students (add "students 30 on 2esi.org" or "class alumnos.csv")</translation>
    </message>
    <message>
        <source>--results works with --serve or --class</source>
        <translation>--results works with --serve or --class</translation>
    </message>
    <message>
        <source>With --serve or --class: keep each student's exercise results in a .csv or .json file, rewritten as they change (may be given more than once).</source>
        <translation>With --serve or --class: keep each student's exercise results in a .csv or .json file, rewritten as they change (may be given more than once).</translation>
    </message>
    <message>
        <source>warning: the window does not start the students' private worlds; carteiro --serve does (%1 says "private")</source>
        <translation>warning: the window does not start the students' private worlds; carteiro --serve does (%1 says "private")</translation>
    </message>
</context>
<context>
    <name>Webmail</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Write your user name and your password.</source>
        <translation>Write your user name and your password.</translation>
    </message>
    <message>
        <source>Write at least one address in To.</source>
        <translation>Write at least one address in To.</translation>
    </message>
    <message>
        <source>Which part? The address lacks its folder, message or part.</source>
        <translation>Which part? The address lacks its folder, message or part.</translation>
    </message>
    <message>
        <source>Which message? The form lacks its folder or its number.</source>
        <translation>Which message? The form lacks its folder or its number.</translation>
    </message>
    <message>
        <source>Which message? The address lacks its folder or its number.</source>
        <translation>Which message? The address lacks its folder or its number.</translation>
    </message>
    <message>
        <source>This is not an e-mail address: %1</source>
        <translation>This is not an e-mail address: %1</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this webmail. Load the page again and repeat.</source>
        <translation>This form has expired or did not come from this webmail. Load the page again and repeat.</translation>
    </message>
    <message>
        <source>There is no such part.</source>
        <translation>There is no such part.</translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation>There is no such page.</translation>
    </message>
    <message>
        <source>There is no such message.</source>
        <translation>There is no such message.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <source>The server did not accept the message: %1</source>
        <translation>The server did not accept the message: %1</translation>
    </message>
    <message>
        <source>The mail server did not answer as expected: %1</source>
        <translation>The mail server did not answer as expected: %1</translation>
    </message>
    <message>
        <source>The attachments are larger than this webmail accepts (%1 MB).</source>
        <translation>The attachments are larger than this webmail accepts (%1 MB).</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>No such folder: %1</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Message sent.</translation>
    </message>
    <message>
        <source>Message moved.</source>
        <translation>Message moved.</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>Message deleted.</translation>
    </message>
    <message>
        <source>Forwarded message</source>
        <translation>Forwarded message</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 wrote:</translation>
    </message>
    <message>
        <source>a multipart form with no parts</source>
        <translation>a multipart form with no parts</translation>
    </message>
    <message>
        <source>a line break in the Content-Type</source>
        <translation>a line break in the Content-Type</translation>
    </message>
    <message>
        <source>a multipart form without a boundary</source>
        <translation>a multipart form without a boundary</translation>
    </message>
    <message>
        <source>more than %1 form fields</source>
        <translation>more than %1 form fields</translation>
    </message>
    <message>
        <source>Back to the webmail</source>
        <translation>Back to the webmail</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>The message as HTML</source>
        <translation>The message as HTML</translation>
    </message>
    <message>
        <source>Show as HTML</source>
        <translation>Show as HTML</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Older</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Newer</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>No messages in this folder.</source>
        <translation>No messages in this folder.</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Read and send your mail from the browser. Behind this page the webmail speaks IMAP and SMTP to the mail server for you.</source>
        <translation>Read and send your mail from the browser. Behind this page the webmail speaks IMAP and SMTP to the mail server for you.</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Junk</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Write a message</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Folders</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
</context>
<context>
    <name>Listening</name>
    <message>
        <source>%1: &quot;%2&quot; is not simulated here; try %1 -tl or %1 -tln.</source>
        <translation>%1: &quot;%2&quot; is not simulated here; try %1 -tl or %1 -tln.</translation>
    </message>
    <message>
        <source>%1: option -%2 is not simulated here; try %1 -tl or %1 -tln.</source>
        <translation>%1: option -%2 is not simulated here; try %1 -tl or %1 -tln.</translation>
    </message>
    <message>
        <source>%1: only the listening TCP sockets are simulated here (-t and -l); try %1 -tl or %1 -tln.</source>
        <translation>%1: only the listening TCP sockets are simulated here (-t and -l); try %1 -tl or %1 -tln.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <source>port %1 (%2)</source>
        <translation>port %1 (%2)</translation>
    </message>
    <message>
        <source>port %1 (%2, normally %3)</source>
        <translation>port %1 (%2, normally %3)</translation>
    </message>
    <message>
        <source>%1 listens on %2</source>
        <translation>%1 listens on %2</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed: %2</source>
        <translation>%1: the TLS handshake failed: %2</translation>
    </message>
    <message>
        <source>%1 does not listen on %2: %3</source>
        <translation>%1 does not listen on %2: %3</translation>
    </message>
    <message>
        <source>self-signed (as Debian&apos;s ssl-cert-snakeoil): a client must be told to trust it</source>
        <translation>self-signed (as Debian&apos;s ssl-cert-snakeoil): a client must be told to trust it</translation>
    </message>
    <message>
        <source>made out for %1, not for %2</source>
        <translation>made out for %1, not for %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>not signed by an authority this machine trusts</source>
        <translation>not signed by an authority this machine trusts</translation>
    </message>
    <message>
        <source>%1: TLS handshake done (%2); certificate CN=%3, verified</source>
        <translation>%1: TLS handshake done (%2); certificate CN=%3, verified</translation>
    </message>
    <message>
        <source>%1: TLS handshake done (%2); certificate CN=%3 accepted, but %4</source>
        <translation>%1: TLS handshake done (%2); certificate CN=%3 accepted, but %4</translation>
    </message>
    <message>
        <source>%1: no 220 greeting (%2)</source>
        <translation>%1: no 220 greeting (%2)</translation>
    </message>
    <message>
        <source>nothing said</source>
        <translation>nothing said</translation>
    </message>
    <message>
        <source>%1: greeting %2</source>
        <translation>%1: greeting %2</translation>
    </message>
    <message>
        <source>%1: EHLO answered %2 (%3)</source>
        <translation>%1: EHLO answered %2 (%3)</translation>
    </message>
    <message>
        <source>%1: EHLO refused, HELO answered %2</source>
        <translation>%1: EHLO refused, HELO answered %2</translation>
    </message>
    <message>
        <source>%1: neither EHLO nor HELO was answered with 250 (%2)</source>
        <translation>%1: neither EHLO nor HELO was answered with 250 (%2)</translation>
    </message>
    <message>
        <source>%1: STARTTLS is not offered (smtpd_tls_security_level = may and a certificate in main.cf offer it)</source>
        <translation>%1: STARTTLS is not offered (smtpd_tls_security_level = may and a certificate in main.cf offer it)</translation>
    </message>
    <message>
        <source>%1: STARTTLS is offered but refused (%2)</source>
        <translation>%1: STARTTLS is offered but refused (%2)</translation>
    </message>
    <message>
        <source>%1: STARTTLS: the TLS handshake failed: %2</source>
        <translation>%1: STARTTLS: the TLS handshake failed: %2</translation>
    </message>
    <message>
        <source>%1 after STARTTLS</source>
        <translation>%1 after STARTTLS</translation>
    </message>
    <message>
        <source>MAIL FROM:&lt;&gt; was answered %1</source>
        <translation>MAIL FROM:&lt;&gt; was answered %1</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>no reply</translation>
    </message>
    <message>
        <source>%1: accepts mail for %2 (RCPT TO: %3; nothing was sent)</source>
        <translation>%1: accepts mail for %2 (RCPT TO: %3; nothing was sent)</translation>
    </message>
    <message>
        <source>%1: refuses mail for %2 (RCPT TO: %3): is %4 in mydestination, and %5 a user of this machine?</source>
        <translation>%1: refuses mail for %2 (RCPT TO: %3): is %4 in mydestination, and %5 a user of this machine?</translation>
    </message>
    <message>
        <source>%1: refuses to relay to %2 for a client at %3 (%4)</source>
        <translation>%1: refuses to relay to %2 for a client at %3 (%4)</translation>
    </message>
    <message>
        <source>%1: relays to %2 for a client at %3 (%4): tested from the machine itself, which Postfix trusts: mynetworks includes 127.0.0.0/8 by default on Debian. Run the check from another machine to see what a stranger gets.</source>
        <translation>%1: relays to %2 for a client at %3 (%4): tested from the machine itself, which Postfix trusts: mynetworks includes 127.0.0.0/8 by default on Debian. Run the check from another machine to see what a stranger gets.</translation>
    </message>
    <message>
        <source>%1: relays to %2 for a client at %3 (%4): an open relay, for anyone, unless %3 is in mynetworks on purpose</source>
        <translation>%1: relays to %2 for a client at %3 (%4): an open relay, for anyone, unless %3 is in mynetworks on purpose</translation>
    </message>
    <message>
        <source>%1: no +OK greeting (%2)</source>
        <translation>%1: no +OK greeting (%2)</translation>
    </message>
    <message>
        <source>%1: log-in as %2 (USER, PASS: %3; STAT: %4)</source>
        <translation>%1: log-in as %2 (USER, PASS: %3; STAT: %4)</translation>
    </message>
    <message>
        <source>%1: log-in as %2 refused (%3)</source>
        <translation>%1: log-in as %2 refused (%3)</translation>
    </message>
    <message>
        <source>%1: no * OK greeting (%2)</source>
        <translation>%1: no * OK greeting (%2)</translation>
    </message>
    <message>
        <source>%1: LOGIN as %2 refused (%3)</source>
        <translation>%1: LOGIN as %2 refused (%3)</translation>
    </message>
    <message>
        <source>%1: LOGIN as %2 done, but SELECT INBOX failed (%3)</source>
        <translation>%1: LOGIN as %2 done, but SELECT INBOX failed (%3)</translation>
    </message>
    <message>
        <source>%1: LOGIN as %2 and SELECT INBOX (%3; %4)</source>
        <translation>%1: LOGIN as %2 and SELECT INBOX (%3; %4)</translation>
    </message>
    <message>
        <source>--ports: &quot;%1&quot; is not one of smtp, submission, pop3, imap, pop3s, imaps</source>
        <translation>--ports: &quot;%1&quot; is not one of smtp, submission, pop3, imap, pop3s, imaps</translation>
    </message>
    <message>
        <source>--ports: %1 needs a port from 1 to 65535, not &quot;%2&quot;</source>
        <translation>--ports: %1 needs a port from 1 to 65535, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Every check holds.</source>
        <translation>Every check holds.</translation>
    </message>
    <message>
        <source>Checking the mail server at %1 …</source>
        <translation>Checking the mail server at %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) do not hold.</source>
        <translation>
            <numerusform>%n check does not hold.</numerusform>
            <numerusform>%n checks do not hold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>mbox:… or maildir:… (such as maildir:~/Maildir)</source>
        <translation>mbox:… or maildir:… (such as maildir:~/Maildir)</translation>
    </message>
    <message>
        <source>yes, no or required</source>
        <translation>yes, no or required</translation>
    </message>
    <message>
        <source>a list of addresses such as "*, ::"</source>
        <translation>a list of addresses such as "*, ::"</translation>
    </message>
    <message>
        <source>a list of imap, pop3 and lmtp</source>
        <translation>a list of imap, pop3 and lmtp</translation>
    </message>
    <message>
        <source>empty, Maildir/ or a file name under the home directory</source>
        <translation>empty, Maildir/ or a file name under the home directory</translation>
    </message>
    <message>
        <source>a size in bytes (0: no limit)</source>
        <translation>a size in bytes (0: no limit)</translation>
    </message>
    <message>
        <source>all, loopback-only, localhost or 127.0.0.1</source>
        <translation>all, loopback-only, localhost or 127.0.0.1</translation>
    </message>
    <message>
        <source>empty or a host such as [smtp.example.org]:587</source>
        <translation>empty or a host such as [smtp.example.org]:587</translation>
    </message>
    <message>
        <source>a list of networks (such as "127.0.0.0/8 [::1]/128")</source>
        <translation>a list of networks (such as "127.0.0.0/8 [::1]/128")</translation>
    </message>
    <message>
        <source>a list of domains (such as "$myhostname, localhost")</source>
        <translation>a list of domains (such as "$myhostname, localhost")</translation>
    </message>
    <message>
        <source>$myhostname, $mydomain, /etc/mailname or a domain</source>
        <translation>$myhostname, $mydomain, /etc/mailname or a domain</translation>
    </message>
    <message>
        <source>a fully qualified domain name such as 2esi.org</source>
        <translation>a fully qualified domain name such as 2esi.org</translation>
    </message>
    <message>
        <source>a type of configuration (%1)</source>
        <translation>a type of configuration (%1)</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not %4</source>
        <translation>%1 %2: %3 is not %4</translation>
    </message>
    <message>
        <source>unknown %1 setting %2; known settings: %3</source>
        <translation>unknown %1 setting %2; known settings: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not %4: the simulated servers keep every mailbox as a Maildir in ~/Maildir (an mbox file is not simulated), where Postfix delivers (home_mailbox = Maildir/) and Dovecot reads (mail_location = maildir:~/Maildir); both must name the same place, or Dovecot finds the mailbox empty</source>
        <translation>%1 %2: %3 is not %4: the simulated servers keep every mailbox as a Maildir in ~/Maildir (an mbox file is not simulated), where Postfix delivers (home_mailbox = Maildir/) and Dovecot reads (mail_location = maildir:~/Maildir); both must name the same place, or Dovecot finds the mailbox empty</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source># (not configured yet: Carteiro's own POP3 and IMAP; Debian's defaults would be)</source>
        <translation># (not configured yet: Carteiro's own POP3 and IMAP; Debian's defaults would be)</translation>
    </message>
    <message>
        <source># (not configured yet: Carteiro's own server; as an Internet Site it would be)</source>
        <translation># (not configured yet: Carteiro's own server; as an Internet Site it would be)</translation>
    </message>
    <message>
        <source>As the configuration files would say it (postconf -n, doveconf -n)</source>
        <translation>As the configuration files would say it (postconf -n, doveconf -n)</translation>
    </message>
    <message>
        <source>%Lu: the name as given, in lower case (fran and fran@servidor.edu both log in); %n: the part before @ only</source>
        <translation>%Lu: the name as given, in lower case (fran and fran@servidor.edu both log in); %n: the part before @ only</translation>
    </message>
    <message>
        <source>Where the mailboxes are</source>
        <translation>Where the mailboxes are</translation>
    </message>
    <message>
        <source>yes: STARTTLS/STLS and the secure ports; no: neither; required: no log-in in clear</source>
        <translation>yes: STARTTLS/STLS and the secure ports; no: neither; required: no log-in in clear</translation>
    </message>
    <message>
        <source>*, ::: every address; 127.0.0.1, ::1: only this host itself</source>
        <translation>*, ::: every address; 127.0.0.1, ::1: only this host itself</translation>
    </message>
    <message>
        <source>The protocols Dovecot serves: imap (143, 993) and pop3 (110, 995)</source>
        <translation>The protocols Dovecot serves: imap (143, 993) and pop3 (110, 995)</translation>
    </message>
    <message>
        <source>Dovecot: /etc/dovecot/dovecot.conf</source>
        <translation>Dovecot: /etc/dovecot/dovecot.conf</translation>
    </message>
    <message>
        <source>Maildir/: one file per message in ~/Maildir; empty: one mbox file in /var/mail</source>
        <translation>Maildir/: one file per message in ~/Maildir; empty: one mbox file in /var/mail</translation>
    </message>
    <message>
        <source>The largest message accepted, in bytes (0: no limit)</source>
        <translation>The largest message accepted, in bytes (0: no limit)</translation>
    </message>
    <message>
        <source>all: any machine may connect; loopback-only: only this host itself</source>
        <translation>all: any machine may connect; loopback-only: only this host itself</translation>
    </message>
    <message>
        <source>Where mail for other domains goes instead of to their MX (the smarthost); empty: the MX</source>
        <translation>Where mail for other domains goes instead of to their MX (the smarthost); empty: the MX</translation>
    </message>
    <message>
        <source>The clients that may relay without logging in</source>
        <translation>The clients that may relay without logging in</translation>
    </message>
    <message>
        <source>The domains this server takes mail for and delivers to its own mailboxes; mail for any other domain is relayed</source>
        <translation>The domains this server takes mail for and delivers to its own mailboxes; mail for any other domain is relayed</translation>
    </message>
    <message>
        <source>The domain added to addresses without one</source>
        <translation>The domain added to addresses without one</translation>
    </message>
    <message>
        <source>The domain: myhostname without its first part</source>
        <translation>The domain: myhostname without its first part</translation>
    </message>
    <message>
        <source>This host's name</source>
        <translation>This host's name</translation>
    </message>
    <message>
        <source>Postfix: /etc/postfix/main.cf</source>
        <translation>Postfix: /etc/postfix/main.cf</translation>
    </message>
    <message>
        <source>The fully qualified domain name (FQDN) of the mail addresses: 2esi.org for alumno1@2esi.org (/etc/mailname)</source>
        <translation>The fully qualified domain name (FQDN) of the mail addresses: 2esi.org for alumno1@2esi.org (/etc/mailname)</translation>
    </message>
    <message>
        <source>System mail name:</source>
        <translation>System mail name:</translation>
    </message>
    <message>
        <source>General type of configuration:</source>
        <translation>General type of configuration:</translation>
    </message>
    <message>
        <source>The general type of mail configuration (dpkg-reconfigure postfix)</source>
        <translation>The general type of mail configuration (dpkg-reconfigure postfix)</translation>
    </message>
    <message>
        <source>Postfix: the installation's questions</source>
        <translation>Postfix: the installation's questions</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Settings of %1</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Local only</translation>
    </message>
    <message>
        <source>Satellite system</source>
        <translation>Satellite system</translation>
    </message>
    <message>
        <source>Internet with smarthost</source>
        <translation>Internet with smarthost</translation>
    </message>
    <message>
        <source>Internet Site</source>
        <translation>Internet Site</translation>
    </message>
    <message>
        <source>No configuration</source>
        <translation>No configuration</translation>
    </message>
    <message>
        <source>Maildir/: one file per message in ~/Maildir, the only kind of mailbox the simulated servers keep (Debian&apos;s default, one mbox file in /var/mail, is not simulated)</source>
        <translation>Maildir/: one file per message in ~/Maildir, the only kind of mailbox the simulated servers keep (Debian&apos;s default, one mbox file in /var/mail, is not simulated)</translation>
    </message>
    <message>
        <source>Where the mailboxes are: the same Maildir where Postfix delivers (home_mailbox)</source>
        <translation>Where the mailboxes are: the same Maildir where Postfix delivers (home_mailbox)</translation>
    </message>
    <message>
        <source>The domain added to addresses without one: RCPT TO:&lt;fran&gt; is fran@$myorigin</source>
        <translation>The domain added to addresses without one: RCPT TO:&lt;fran&gt; is fran@$myorigin</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>(the line that ends the message)</source>
        <translation>(the line that ends the message)</translation>
    </message>
    <message>
        <source>The scenario did not run as it says, so no handout was written:</source>
        <translation>The scenario did not run as it says, so no handout was written:</translation>
    </message>
    <message>
        <source>%1:%2: expected %3; %4</source>
        <translation>%1:%2: expected %3; %4</translation>
    </message>
    <message>
        <source>Timeline (%1 of %2)</source>
        <translation>Timeline (%1 of %2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>the PDF could not be finished</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <source>drawing needs a graphical application</source>
        <translation>drawing needs a graphical application</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the name must end in .pdf</source>
        <translation>the name must end in .pdf</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Exercise %1 (%2, %3)</source>
        <translation>Exercise %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Exercises: a model solution</source>
        <translation>Exercises: a model solution</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Answer %1: %2</translation>
    </message>
    <message>
        <source>Answers (for the teacher)</source>
        <translation>Answers (for the teacher)</translation>
    </message>
    <message>
        <source>What does %1 answer when %2 says:</source>
        <translation>What does %1 answer when %2 says:</translation>
    </message>
    <message>
        <source>Question %1.</source>
        <translation>Question %1.</translation>
    </message>
    <message>
        <source>Mark the reply code you expect before you look at the answers.</source>
        <translation>Mark the reply code you expect before you look at the answers.</translation>
    </message>
    <message>
        <source>Predict the reply</source>
        <translation>Predict the reply</translation>
    </message>
    <message>
        <source>Write here the lines you type and the replies you get:</source>
        <translation>Write here the lines you type and the replies you get:</translation>
    </message>
    <message>
        <source>It is done when:</source>
        <translation>It is done when:</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Exercise %1</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>No connection was made.</source>
        <translation>No connection was made.</translation>
    </message>
    <message>
        <source>C: is what the client says, S: what the server answers, as in the course's notes. ??? is a reply you are asked to predict.</source>
        <translation>C: is what the client says, S: what the server answers, as in the course's notes. ??? is a reply you are asked to predict.</translation>
    </message>
    <message>
        <source>The dialogue, line by line</source>
        <translation>The dialogue, line by line</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Exercise %1:</source>
        <translation>Exercise %1:</translation>
    </message>
    <message>
        <source>Connection #%1: %2 → %3 (%4)</source>
        <translation>Connection #%1: %2 → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>[… %n more line(s) of the message …]</source>
        <translation>
            <numerusform>[… %n more line of the message …]</numerusform>
            <numerusform>[… %n more lines of the message …]</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ClassPasswords</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>%1:%2: expected "address password", found "%3"</source>
        <translation>%1:%2: expected "address password", found "%3"</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>cannot create the data directory %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>AccessSheet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>drawing needs a graphical application</source>
        <translation>drawing needs a graphical application</translation>
    </message>
    <message>
        <source>the scenario declares no class ("class FILE.csv" or "students N on DOMAIN")</source>
        <translation>the scenario declares no class ("class FILE.csv" or "students N on DOMAIN")</translation>
    </message>
    <message>
        <source>Access sheet: %1</source>
        <translation>Access sheet: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Password: %1</translation>
    </message>
    <message>
        <source>No server takes mail for this address.</source>
        <translation>No server takes mail for this address.</translation>
    </message>
    <message>
        <source>Server: %1 (%2)</source>
        <translation>Server: %1 (%2)</translation>
    </message>
    <message>
        <source>Webmail %1: %2</source>
        <translation>Webmail %1: %2</translation>
    </message>
    <message>
        <source>Access sheet</source>
        <translation>Access sheet</translation>
    </message>
    <message>
        <source>Predict the reply: %1</source>
        <translation>Predict the reply: %1</translation>
    </message>
    <message>
        <source>Your %1 too (%2): %3</source>
        <translation>Your %1 too (%2): %3</translation>
    </message>
    <message>
        <source>From a terminal: %1</source>
        <translation>From a terminal: %1</translation>
    </message>
</context>
<context>
    <name>Tap</name>
    <message>
        <source>--tap %1: write it as LISTEN=TARGET, for example --tap 2525=127.0.0.1:25</source>
        <translation>--tap %1: write it as LISTEN=TARGET, for example --tap 2525=127.0.0.1:25</translation>
    </message>
    <message>
        <source>--tap %1: unknown service "%2" (smtp, submission, submissions, pop3, pop3s, imap or imaps)</source>
        <translation>--tap %1: unknown service "%2" (smtp, submission, submissions, pop3, pop3s, imap or imaps)</translation>
    </message>
    <message>
        <source>--tap %1: "%2" is not a port to listen on (PORT or ADDRESS:PORT)</source>
        <translation>--tap %1: "%2" is not a port to listen on (PORT or ADDRESS:PORT)</translation>
    </message>
    <message>
        <source>--tap %1: "%2" is not a server to pass to (ADDRESS:PORT)</source>
        <translation>--tap %1: "%2" is not a server to pass to (ADDRESS:PORT)</translation>
    </message>
    <message>
        <source>--tap %1: which protocol does port %2 speak? Name it first, as in --tap imap:%3</source>
        <translation>--tap %1: which protocol does port %2 speak? Name it first, as in --tap imap:%3</translation>
    </message>
    <message>
        <source>--tap %1: cannot listen on %2:%3: %4</source>
        <translation>--tap %1: cannot listen on %2:%3: %4</translation>
    </message>
</context>
<context>
    <name>ClassGrader</name>
    <message>
        <source>%1 passed check %2 of exercise %3: %4</source>
        <translation>%1 passed check %2 of exercise %3: %4</translation>
    </message>
    <message>
        <source>a reply %1 in one of the student's sessions</source>
        <translation>a reply %1 in one of the student's sessions</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>--results %1: the file's name must end in .csv or .json</source>
        <translation>--results %1: the file's name must end in .csv or .json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a class's results file: %2</source>
        <translation>%1 is not a class's results file: %2</translation>
    </message>
    <message>
        <source>no "format": "%1"</source>
        <translation>no "format": "%1"</translation>
    </message>
    <message>
        <source>Prediction %1 over the class (the reply was %2): %3 of %4 students answered, %5 right</source>
        <translation>Prediction %1 over the class (the reply was %2): %3 of %4 students answered, %5 right</translation>
    </message>
</context>
<context>
    <name>ClassPanel</name>
    <message>
        <source>Whole class</source>
        <translation>Whole class</translation>
    </message>
    <message>
        <source>Show every student's sessions on the timeline</source>
        <translation>Show every student's sessions on the timeline</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Exercise %1: %2</source>
        <translation>Exercise %1: %2</translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation>Check %1: %2</translation>
    </message>
    <message>
        <source>Checks passed, of %1</source>
        <translation>Checks passed, of %1</translation>
    </message>
    <message>
        <source>The time of the student's last line to a server</source>
        <translation>The time of the student's last line to a server</translation>
    </message>
    <message>
        <source>%1 passed check %2 at %3</source>
        <translation>%1 passed check %2 at %3</translation>
    </message>
    <message>
        <source>%1 has not passed check %2 yet</source>
        <translation>%1 has not passed check %2 yet</translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation>No session yet</translation>
    </message>
    <message>
        <source>Students: %1 · at work: %2 · every check passed: %3</source>
        <translation>Students: %1 · at work: %2 · every check passed: %3</translation>
    </message>
    <message>
        <source>The timeline shows only %1's sessions.</source>
        <translation>The timeline shows only %1's sessions.</translation>
    </message>
    <message>
        <source>Click a student to see only their sessions.</source>
        <translation>Click a student to see only their sessions.</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predictions</translation>
    </message>
    <message>
        <source>Predict the reply: questions answered right, of those asked of the class (on the quiz page)</source>
        <translation>Predict the reply: questions answered right, of those asked of the class (on the quiz page)</translation>
    </message>
    <message>
        <source>%1 answered %2 of %3 questions, %4 right</source>
        <translation>%1 answered %2 of %3 questions, %4 right</translation>
    </message>
    <message>
        <source>No question asked yet</source>
        <translation>No question asked yet</translation>
    </message>
    <message>
        <source>The class answers the questions at %1</source>
        <translation>The class answers the questions at %1</translation>
    </message>
    <message>
        <source>The timeline shows %1's own world.</source>
        <translation>The timeline shows %1's own world.</translation>
    </message>
    <message>
        <source>Click a student to see their own world.</source>
        <translation>Click a student to see their own world.</translation>
    </message>
    <message>
        <source>Show the class's world on the timeline again</source>
        <translation>Show the class's world on the timeline again</translation>
    </message>
    <message>
        <source>The class answers the questions at:</source>
        <translation>The class answers the questions at:</translation>
    </message>
</context>
<context>
    <name>ClassQuiz</name>
    <message>
        <source>The class's quiz page cannot listen on %1 port %2: %3</source>
        <translation>The class's quiz page cannot listen on %1 port %2: %3</translation>
    </message>
    <message>
        <source>Predict the reply</source>
        <translation>Predict the reply</translation>
    </message>
    <message>
        <source>Back to the question</source>
        <translation>Back to the question</translation>
    </message>
    <message>
        <source>This form must be sent as application/x-www-form-urlencoded.</source>
        <translation>This form must be sent as application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>No session: your browser must accept this page's cookie. Open the page again and log in.</source>
        <translation>No session: your browser must accept this page's cookie. Open the page again and log in.</translation>
    </message>
    <message>
        <source>There is no such form here.</source>
        <translation>There is no such form here.</translation>
    </message>
    <message>
        <source>There is no such page here.</source>
        <translation>There is no such page here.</translation>
    </message>
    <message>
        <source>Log in with your class account to answer the teacher's questions.</source>
        <translation>Log in with your class account to answer the teacher's questions.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Question %1: what will %2 answer to this line?</source>
        <translation>Question %1: what will %2 answer to this line?</translation>
    </message>
    <message>
        <source>Your answer: %1. You may change it while the question is open.</source>
        <translation>Your answer: %1. You may change it while the question is open.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>No question right now. This page looks again every few seconds.</source>
        <translation>No question right now. This page looks again every few seconds.</translation>
    </message>
    <message>
        <source>Question %1: the server answered %2.</source>
        <translation>Question %1: the server answered %2.</translation>
    </message>
    <message>
        <source>You did not answer it.</source>
        <translation>You did not answer it.</translation>
    </message>
    <message>
        <source>You answered %1: right!</source>
        <translation>You answered %1: right!</translation>
    </message>
    <message>
        <source>You answered %1: not this time.</source>
        <translation>You answered %1: not this time.</translation>
    </message>
    <message>
        <source>Your score: %1 right of %2 questions.</source>
        <translation>Your score: %1 right of %2 questions.</translation>
    </message>
    <message>
        <source>The log-in form needs a user and a password.</source>
        <translation>The log-in form needs a user and a password.</translation>
    </message>
    <message>
        <source>This form is out of date (its token does not match your session). Open the page again.</source>
        <translation>This form is out of date (its token does not match your session). Open the page again.</translation>
    </message>
    <message>
        <source>Too many failed log-ins for this user: wait a minute and try again.</source>
        <translation>Too many failed log-ins for this user: wait a minute and try again.</translation>
    </message>
    <message>
        <source>Wrong user or password (the class's accounts only).</source>
        <translation>Wrong user or password (the class's accounts only).</translation>
    </message>
    <message>
        <source>Log in first: only the class's students answer.</source>
        <translation>Log in first: only the class's students answer.</translation>
    </message>
    <message>
        <source>The answer form needs a question and a choice.</source>
        <translation>The answer form needs a question and a choice.</translation>
    </message>
    <message>
        <source>No question is open now: the reply was revealed.</source>
        <translation>No question is open now: the reply was revealed.</translation>
    </message>
    <message>
        <source>That question is closed: another one is open now.</source>
        <translation>That question is closed: another one is open now.</translation>
    </message>
    <message>
        <source>That is not one of the question's choices.</source>
        <translation>That is not one of the question's choices.</translation>
    </message>
    <message>
        <source>The class's quiz console cannot listen on %1 port %2: %3</source>
        <translation>The class's quiz console cannot listen on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>PrivateWorlds</name>
    <message>
        <source>The private world of %1: %2</source>
        <translation>The private world of %1: %2</translation>
    </message>
</context>
</TS>
