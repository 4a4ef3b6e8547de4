<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CommandLine</name>
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
</context>
<context>
    <name>Connection</name>
    <message>
        <source>cannot connect to %1 (%2): %3</source>
        <translation>cannot connect to %1 (%2): %3</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>closed by %1</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Carteiro — %1</source>
        <translation>Carteiro — %1</translation>
    </message>
    <message>
        <source>Play the scenario</source>
        <translation>Play the scenario</translation>
    </message>
    <message>
        <source>Every command and reply will appear here, as in the course: C: for the client, S: for the server.</source>
        <translation>Every command and reply will appear here, as in the course: C: for the client, S: for the server.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on %3:%4</source>
        <translation>%1 listens for %2 on %3:%4</translation>
    </message>
    <message>
        <source>The scenario ran to the end and every expectation holds.</source>
        <translation>The scenario ran to the end and every expectation holds.</translation>
    </message>
    <message>
        <source>The scenario ended with a failed expectation.</source>
        <translation>The scenario ended with a failed expectation.</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Play again</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Free run</source>
        <translation>Free run</translation>
    </message>
    <message>
        <source>Paced</source>
        <translation>Paced</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>Speed of the paced mode</source>
        <translation>Speed of the paced mode</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>Next line</translation>
    </message>
    <message>
        <source>Next line: %1</source>
        <translation>Next line: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioParser</name>
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
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; did you mean &quot;%1&quot;?</translation>
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
        <source>unterminated quoted text; expected a closing &quot; on the same line</source>
        <translation>unterminated quoted text; expected a closing &quot; on the same line</translation>
    </message>
    <message>
        <source>expected %1 after %2, found %3</source>
        <translation>expected %1 after %2, found %3</translation>
    </message>
    <message>
        <source>quoted text (&quot;…&quot;)</source>
        <translation>quoted text (&quot;…&quot;)</translation>
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
        <source>the language &quot;%1&quot;</source>
        <translation>the language &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected %1 at the end of the &quot;%2&quot; statement</source>
        <translation>unexpected %1 at the end of the &quot;%2&quot; statement</translation>
    </message>
    <message>
        <source>; text with spaces goes between quotes</source>
        <translation>; text with spaces goes between quotes</translation>
    </message>
    <message>
        <source>&quot;end&quot; without a &quot;session&quot; before it</source>
        <translation>&quot;end&quot; without a &quot;session&quot; before it</translation>
    </message>
    <message>
        <source>%1 line outside a session; start one with &quot;session HOST smtp&quot;</source>
        <translation>%1 line outside a session; start one with &quot;session HOST smtp&quot;</translation>
    </message>
    <message>
        <source>unknown statement %1; expected one of: %2</source>
        <translation>unknown statement %1; expected one of: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; for this language is already given on line %2</source>
        <translation>&quot;%1&quot; for this language is already given on line %2</translation>
    </message>
    <message>
        <source>&quot;address&quot; or the end of the line</source>
        <translation>&quot;address&quot; or the end of the line</translation>
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
        <source>address %1 is already used by server &quot;%2&quot;</source>
        <translation>address %1 is already used by server &quot;%2&quot;</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; is already declared on line %2</source>
        <translation>server &quot;%1&quot; is already declared on line %2</translation>
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
        <source>setting &quot;%1&quot; of &quot;%2&quot; is already given on line %3</source>
        <translation>setting &quot;%1&quot; of &quot;%2&quot; is already given on line %3</translation>
    </message>
    <message>
        <source>the domain (only mail exchanger records are simulated)</source>
        <translation>the domain (only mail exchanger records are simulated)</translation>
    </message>
    <message>
        <source>&quot;preference&quot; or the end of the line</source>
        <translation>&quot;preference&quot; or the end of the line</translation>
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
        <source>user &quot;%1&quot; is already declared on line %2</source>
        <translation>user &quot;%1&quot; is already declared on line %2</translation>
    </message>
    <message>
        <source>a client name such as ana</source>
        <translation>a client name such as ana</translation>
    </message>
    <message>
        <source>expected a client name such as ana (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), found %1</source>
        <translation>expected a client name such as ana (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), found %1</translation>
    </message>
    <message>
        <source>the client name</source>
        <translation>the client name</translation>
    </message>
    <message>
        <source>&quot;pop3&quot; or the end of the line</source>
        <translation>&quot;pop3&quot; or the end of the line</translation>
    </message>
    <message>
        <source>client &quot;%1&quot; is already declared on line %2</source>
        <translation>client &quot;%1&quot; is already declared on line %2</translation>
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
        <source>expected &quot;subject&quot;, &quot;body&quot; or the end of the line, found %1</source>
        <translation>expected &quot;subject&quot;, &quot;body&quot; or the end of the line, found %1</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 is given twice</translation>
    </message>
    <message>
        <source>&quot;delete&quot;, &quot;keep&quot; or the end of the line</source>
        <translation>&quot;delete&quot;, &quot;keep&quot; or the end of the line</translation>
    </message>
    <message>
        <source>expected &quot;C:&quot;, &quot;S:&quot; or &quot;end&quot; inside a session, found %1</source>
        <translation>expected &quot;C:&quot;, &quot;S:&quot; or &quot;end&quot; inside a session, found %1</translation>
    </message>
    <message>
        <source>session without &quot;end&quot;; close its C: and S: lines with a line &quot;end&quot;</source>
        <translation>session without &quot;end&quot;; close its C: and S: lines with a line &quot;end&quot;</translation>
    </message>
    <message>
        <source>session without any &quot;C:&quot; or &quot;S:&quot; line</source>
        <translation>session without any &quot;C:&quot; or &quot;S:&quot; line</translation>
    </message>
    <message>
        <source>a reply code such as 250, +OK or -ERR</source>
        <translation>a reply code such as 250, +OK or -ERR</translation>
    </message>
    <message>
        <source>&quot;count&quot;, &quot;subject&quot; or the end of the line</source>
        <translation>&quot;count&quot;, &quot;subject&quot; or the end of the line</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>no server declared; a scenario needs at least one line such as &quot;server servidor.edu&quot;</source>
        <translation>no server declared; a scenario needs at least one line such as &quot;server servidor.edu&quot;</translation>
    </message>
    <message>
        <source>unknown server %1; declared servers: %2</source>
        <translation>unknown server %1; declared servers: %2</translation>
    </message>
    <message>
        <source>no server declared for the domain %1; add a line &quot;server %2&quot;</source>
        <translation>no server declared for the domain %1; add a line &quot;server %2&quot;</translation>
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
</context>
<context>
    <name>ScenarioRunner</name>
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
        <source>%1 has a message with subject &quot;%2&quot;</source>
        <translation>%1 has a message with subject &quot;%2&quot;</translation>
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
        <source>the inbox of %1&apos;s mail client</source>
        <translation>the inbox of %1&apos;s mail client</translation>
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
</context>
<context>
    <name>ScriptSession</name>
    <message>
        <source>expected the server to say &quot;%1&quot;, but it said &quot;%2&quot;</source>
        <translation>expected the server to say &quot;%1&quot;, but it said &quot;%2&quot;</translation>
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
    <name>World</name>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Carteiro: watch e-mail work. Simulated hosts talk real SMTP and POP3 over loopback sockets, and every command and reply is shown.</source>
        <translation>Carteiro: watch e-mail work. Simulated hosts talk real SMTP and POP3 over loopback sockets, and every command and reply is shown.</translation>
    </message>
    <message>
        <source>Run the scenario to the end without a window and print the transcript.</source>
        <translation>Run the scenario to the end without a window and print the transcript.</translation>
    </message>
    <message>
        <source>Start the scenario&apos;s servers only, for telnet, nc or real mail clients.</source>
        <translation>Start the scenario&apos;s servers only, for telnet, nc or real mail clients.</translation>
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
        <source>Added to the standard ports 25, 587 and 110 (default 10000; 0 gives the real ports).</source>
        <translation>Added to the standard ports 25, 587 and 110 (default 10000; 0 gives the real ports).</translation>
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
        <source>Print **** instead of passwords in the transcript.</source>
        <translation>Print **** instead of passwords in the transcript.</translation>
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
        <source>--port-offset needs a number from 0 to 64000, not &quot;%1&quot;</source>
        <translation>--port-offset needs a number from 0 to 64000, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Seconds a server waits for a silent client before closing (default 300).</source>
        <translation>Seconds a server waits for a silent client before closing (default 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds from 1 to 86400, not &quot;%1&quot;</source>
        <translation>--idle-timeout needs a number of seconds from 1 to 86400, not &quot;%1&quot;</translation>
    </message>
</context>
</TS>
