<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="gl_ES">
<context>
    <name>CommandLine</name>
    <message>
        <source>Scenario: %1 (%2)</source>
        <translation>Escenario: %1 (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>  %1 lines on the wire in %2 connections, %3 message(s) delivered</source>
        <translation>  %1 liñas enviadas pola rede en %2 conexións, %3 mensaxe(s) entregada(s)</translation>
    </message>
    <message>
        <source>  FAILED %1:%2: expected %3; %4</source>
        <translation>  FALLOU %1:%2: agardábase: %3; %4</translation>
    </message>
    <message>
        <source>  expectations: %1 passed, %2 failed</source>
        <translation>  expectativas: %1 cumpridas, %2 falladas</translation>
    </message>
    <message>
        <source>%1: no errors</source>
        <translation>%1: sen erros</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>cannot connect to %1 (%2): %3</source>
        <translation>non se pode conectar con %1 (%2): %3</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>pechada por %1</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message numerus="yes">
        <source>stored in the mailbox of %1 (%n message(s))</source>
        <translation>
            <numerusform>gardada no buzón de %1 (%n mensaxe)</numerusform>
            <numerusform>gardada no buzón de %1 (%n mensaxes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 queued for %2 (%3 in the queue)</source>
        <translation>%1 na cola para %2 (%3 na cola)</translation>
    </message>
    <message>
        <source>MX %1? no MX record; trying %1 itself</source>
        <translation>MX %1? non hai rexistro MX; próbase co propio %1</translation>
    </message>
    <message>
        <source>%1 delivered to %2; removed from the queue</source>
        <translation>%1 entregada a %2; sae da cola</translation>
    </message>
    <message>
        <source>%1 refused for good: %2; bouncing to the sender</source>
        <translation>%1 rexeitada definitivamente: %2; devólvese ao remitente</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>sen conexión</translation>
    </message>
    <message>
        <source>%1 deferred %2 times (%3); giving up and bouncing</source>
        <translation>%1 aprazada %2 veces (%3); abandónase e devólvese ao remitente</translation>
    </message>
    <message>
        <source>%1 deferred (%2); attempt %3 of %4 in %5 s</source>
        <translation>%1 aprazada (%2); intento %3 de %4 dentro de %5 s</translation>
    </message>
    <message>
        <source>%1: a bounce could not be delivered; dropped, as RFC 5321 §4.5.5 says</source>
        <translation>%1: non se puido entregar un aviso de devolución; descártase, como di o RFC 5321 §4.5.5</translation>
    </message>
    <message>
        <source>bounce to %1 for %2</source>
        <translation>aviso de devolución a %1 por %2</translation>
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
        <translation>Reproducir o escenario</translation>
    </message>
    <message>
        <source>Every command and reply will appear here, as in the course: C: for the client, S: for the server.</source>
        <translation>Aquí aparecerá cada orde e cada resposta, como no curso: C: para o cliente, S: para o servidor.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on %3:%4</source>
        <translation>%1 escoita %2 en %3:%4</translation>
    </message>
    <message>
        <source>The scenario ran to the end and every expectation holds.</source>
        <translation>O escenario chegou ao final e cúmprense todas as expectativas.</translation>
    </message>
    <message>
        <source>The scenario ended with a failed expectation.</source>
        <translation>O escenario rematou cunha expectativa incumprida.</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Reproducir de novo</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En execución…</translation>
    </message>
    <message>
        <source>Free run</source>
        <translation>Sen pausas</translation>
    </message>
    <message>
        <source>Paced</source>
        <translation>Con pausas</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Speed of the paced mode</source>
        <translation>Velocidade do modo con pausas</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>Seguinte liña</translation>
    </message>
    <message>
        <source>Next line: %1</source>
        <translation>Seguinte liña: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioParser</name>
    <message>
        <source>the end of the line</source>
        <translation>o final da liña</translation>
    </message>
    <message>
        <source>quoted text %1</source>
        <translation>texto entre comiñas %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ningún)</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; quixeches dicir &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>line too long: %1 characters; at most %2 are allowed</source>
        <translation>liña demasiado longa: %1 caracteres; permítense como máximo %2</translation>
    </message>
    <message>
        <source>too many errors; stopping here (is this a scenario file?)</source>
        <translation>demasiados erros; a análise detense aquí (é isto un ficheiro de escenario?)</translation>
    </message>
    <message>
        <source>unexpected control character \x%1; a scenario is plain text (saved as UTF-8)</source>
        <translation>carácter de control inesperado \x%1; un escenario é texto plano (gardado en UTF-8)</translation>
    </message>
    <message>
        <source>unterminated quoted text; expected a closing &quot; on the same line</source>
        <translation>texto entre comiñas sen pechar; faltan as comiñas de peche &quot; na mesma liña</translation>
    </message>
    <message>
        <source>expected %1 after %2, found %3</source>
        <translation>agardábase %1 tras %2, atopouse %3</translation>
    </message>
    <message>
        <source>quoted text (&quot;…&quot;)</source>
        <translation>texto entre comiñas (&quot;…&quot;)</translation>
    </message>
    <message>
        <source>a host name such as servidor.edu</source>
        <translation>un nome de máquina como servidor.edu</translation>
    </message>
    <message>
        <source>expected a host name such as servidor.edu (letters, digits, hyphens and dots), found %1</source>
        <translation>agardábase un nome de máquina como servidor.edu (letras, díxitos, guións e puntos), atopouse %1</translation>
    </message>
    <message>
        <source>an e-mail address such as fran@servidor.edu</source>
        <translation>un enderezo de correo-e como fran@servidor.edu</translation>
    </message>
    <message>
        <source>expected an e-mail address such as fran@servidor.edu, found %1</source>
        <translation>agardábase un enderezo de correo-e como fran@servidor.edu, atopouse %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número enteiro</translation>
    </message>
    <message>
        <source>a language code (gl, es, en) or quoted text</source>
        <translation>un código de lingua (gl, es, en) ou texto entre comiñas</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot;</source>
        <translation>a lingua &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected %1 at the end of the &quot;%2&quot; statement</source>
        <translation>sobra %1 ao final da instrución &quot;%2&quot;</translation>
    </message>
    <message>
        <source>; text with spaces goes between quotes</source>
        <translation>; o texto con espazos vai entre comiñas</translation>
    </message>
    <message>
        <source>&quot;end&quot; without a &quot;session&quot; before it</source>
        <translation>&quot;end&quot; sen un &quot;session&quot; antes</translation>
    </message>
    <message>
        <source>%1 line outside a session; start one with &quot;session HOST smtp&quot;</source>
        <translation>liña %1 fóra dunha sesión; comeza unha con &quot;session SERVIDOR smtp&quot;</translation>
    </message>
    <message>
        <source>unknown statement %1; expected one of: %2</source>
        <translation>instrución descoñecida %1; agardábase unha destas: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; for this language is already given on line %2</source>
        <translation>xa se indicou &quot;%1&quot; para esta lingua na liña %2</translation>
    </message>
    <message>
        <source>&quot;address&quot; or the end of the line</source>
        <translation>&quot;address&quot; ou o final da liña</translation>
    </message>
    <message>
        <source>the host name</source>
        <translation>o nome de máquina</translation>
    </message>
    <message>
        <source>a loopback address such as 127.0.0.3</source>
        <translation>un enderezo de bucle local (loopback) como 127.0.0.3</translation>
    </message>
    <message>
        <source>address %1 is already used by server &quot;%2&quot;</source>
        <translation>o enderezo %1 xa o usa o servidor &quot;%2&quot;</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; is already declared on line %2</source>
        <translation>o servidor &quot;%1&quot; xa está declarado na liña %2</translation>
    </message>
    <message>
        <source>a setting (%1)</source>
        <translation>un axuste (%1)</translation>
    </message>
    <message>
        <source>unknown setting %1; expected one of: %2</source>
        <translation>axuste descoñecido %1; agardábase un destes: %2</translation>
    </message>
    <message>
        <source>a whole number greater than 0</source>
        <translation>un número enteiro maior que 0</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; of &quot;%2&quot; is already given on line %3</source>
        <translation>o axuste &quot;%1&quot; de &quot;%2&quot; xa se indicou na liña %3</translation>
    </message>
    <message>
        <source>the domain (only mail exchanger records are simulated)</source>
        <translation>o dominio (só se simulan os rexistros MX, de intercambio de correo)</translation>
    </message>
    <message>
        <source>&quot;preference&quot; or the end of the line</source>
        <translation>&quot;preference&quot; ou o final da liña</translation>
    </message>
    <message>
        <source>a number from 0 to 65535</source>
        <translation>un número de 0 a 65535</translation>
    </message>
    <message>
        <source>this mx record is already declared on line %1</source>
        <translation>este rexistro mx xa está declarado na liña %1</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>o enderezo</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>o contrasinal</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is already declared on line %2</source>
        <translation>o usuario &quot;%1&quot; xa está declarado na liña %2</translation>
    </message>
    <message>
        <source>a client name such as ana</source>
        <translation>un nome de cliente como ana</translation>
    </message>
    <message>
        <source>expected a client name such as ana (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), found %1</source>
        <translation>agardábase un nome de cliente como ana (letras, díxitos, &apos;-&apos;, &apos;_&apos; e &apos;.&apos;), atopouse %1</translation>
    </message>
    <message>
        <source>the client name</source>
        <translation>o nome do cliente</translation>
    </message>
    <message>
        <source>&quot;pop3&quot; or the end of the line</source>
        <translation>&quot;pop3&quot; ou o final da liña</translation>
    </message>
    <message>
        <source>client &quot;%1&quot; is already declared on line %2</source>
        <translation>o cliente &quot;%1&quot; xa está declarado na liña %2</translation>
    </message>
    <message>
        <source>the name of a client</source>
        <translation>o nome dun cliente</translation>
    </message>
    <message>
        <source>one or more addresses separated by commas</source>
        <translation>un ou máis enderezos separados por comas</translation>
    </message>
    <message>
        <source>expected &quot;subject&quot;, &quot;body&quot; or the end of the line, found %1</source>
        <translation>agardábase &quot;subject&quot;, &quot;body&quot; ou o final da liña, atopouse %1</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 aparece dúas veces</translation>
    </message>
    <message>
        <source>&quot;delete&quot;, &quot;keep&quot; or the end of the line</source>
        <translation>&quot;delete&quot;, &quot;keep&quot; ou o final da liña</translation>
    </message>
    <message>
        <source>expected &quot;C:&quot;, &quot;S:&quot; or &quot;end&quot; inside a session, found %1</source>
        <translation>agardábase &quot;C:&quot;, &quot;S:&quot; ou &quot;end&quot; dentro dunha sesión, atopouse %1</translation>
    </message>
    <message>
        <source>session without &quot;end&quot;; close its C: and S: lines with a line &quot;end&quot;</source>
        <translation>sesión sen &quot;end&quot;; pecha as súas liñas C: e S: cunha liña &quot;end&quot;</translation>
    </message>
    <message>
        <source>session without any &quot;C:&quot; or &quot;S:&quot; line</source>
        <translation>sesión sen ningunha liña &quot;C:&quot; nin &quot;S:&quot;</translation>
    </message>
    <message>
        <source>a reply code such as 250, +OK or -ERR</source>
        <translation>un código de resposta como 250, +OK ou -ERR</translation>
    </message>
    <message>
        <source>&quot;count&quot;, &quot;subject&quot; or the end of the line</source>
        <translation>&quot;count&quot;, &quot;subject&quot; ou o final da liña</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>o nome</translation>
    </message>
    <message>
        <source>no server declared; a scenario needs at least one line such as &quot;server servidor.edu&quot;</source>
        <translation>non hai ningún servidor declarado; un escenario necesita polo menos unha liña como &quot;server servidor.edu&quot;</translation>
    </message>
    <message>
        <source>unknown server %1; declared servers: %2</source>
        <translation>servidor descoñecido %1; servidores declarados: %2</translation>
    </message>
    <message>
        <source>no server declared for the domain %1; add a line &quot;server %2&quot;</source>
        <translation>non hai ningún servidor declarado para o dominio %1; engade unha liña &quot;server %2&quot;</translation>
    </message>
    <message>
        <source>unknown user %1; declared users: %2</source>
        <translation>usuario descoñecido %1; usuarios declarados: %2</translation>
    </message>
    <message>
        <source>unknown client %1; declared clients: %2</source>
        <translation>cliente descoñecido %1; clientes declarados: %2</translation>
    </message>
    <message>
        <source>scenario file %1 not found</source>
        <translation>non se atopou o ficheiro de escenario %1</translation>
    </message>
    <message>
        <source>no built-in scenario named %1; built-in scenarios: %2</source>
        <translation>non hai ningún escenario incorporado chamado %1; escenarios incorporados: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>non se pode ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a scenario (%2 bytes; at most %3)</source>
        <translation>%1 é demasiado grande para un escenario (%2 bytes; como máximo %3)</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>the step ends within %1 s</source>
        <translation>o paso remata nun máximo de %1 s</translation>
    </message>
    <message>
        <source>still busy; the run stops here</source>
        <translation>segue ocupado; a execución detense aquí</translation>
    </message>
    <message>
        <source>the scripted %1 session with %2 goes as written</source>
        <translation>a sesión %1 con %2 segue o guión escrito</translation>
    </message>
    <message>
        <source>%1 holds %2 message(s)</source>
        <translation>%1 contén %2 mensaxe(s)</translation>
    </message>
    <message>
        <source>it holds %1</source>
        <translation>contén %1</translation>
    </message>
    <message>
        <source>%1 has a message with subject &quot;%2&quot;</source>
        <translation>%1 ten unha mensaxe co asunto &quot;%2&quot;</translation>
    </message>
    <message>
        <source>it has no messages</source>
        <translation>non ten mensaxes</translation>
    </message>
    <message>
        <source>subjects found: %1</source>
        <translation>asuntos atopados: %1</translation>
    </message>
    <message>
        <source>the mailbox of %1</source>
        <translation>o buzón de %1</translation>
    </message>
    <message>
        <source>the inbox of %1&apos;s mail client</source>
        <translation>a caixa de entrada do cliente de correo de %1</translation>
    </message>
    <message>
        <source>the queue of %1</source>
        <translation>a cola de mensaxes de %1</translation>
    </message>
    <message>
        <source>a reply %1 was seen in the last action</source>
        <translation>na última acción apareceu unha resposta %1</translation>
    </message>
    <message>
        <source>replies seen: %1</source>
        <translation>respostas vistas: %1</translation>
    </message>
</context>
<context>
    <name>ScriptSession</name>
    <message>
        <source>expected the server to say &quot;%1&quot;, but it said &quot;%2&quot;</source>
        <translation>agardábase que o servidor dixese &quot;%1&quot;, pero dixo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the server closed the connection before the script ended</source>
        <translation>o servidor pechou a conexión antes de que rematase o guión</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>o servidor non respondeu a tempo</translation>
    </message>
</context>
<context>
    <name>World</name>
    <message>
        <source>%1 cannot listen for %2 on %3:%4: %5</source>
        <translation>%1 non pode escoitar %2 en %3:%4: %5</translation>
    </message>
    <message>
        <source>outside %1</source>
        <translation>externo %1</translation>
    </message>
    <message>
        <source>%1 stops listening on %2:%3 (%4)</source>
        <translation>%1 deixa de escoitar en %2:%3 (%4)</translation>
    </message>
    <message>
        <source>%1 listens again on %2:%3 (%4)</source>
        <translation>%1 volve escoitar en %2:%3 (%4)</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2): no such service</source>
        <translation>non se pode conectar con %1 (%2): non existe ese servizo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Carteiro: watch e-mail work. Simulated hosts talk real SMTP and POP3 over loopback sockets, and every command and reply is shown.</source>
        <translation>Carteiro: mira como funciona o correo-e. Máquinas simuladas falan SMTP e POP3 de verdade a través de sockets de bucle local (loopback), e amósase cada orde e cada resposta.</translation>
    </message>
    <message>
        <source>Run the scenario to the end without a window and print the transcript.</source>
        <translation>Executa o escenario ata o final sen xanela e amosa a transcrición.</translation>
    </message>
    <message>
        <source>Start the scenario&apos;s servers only, for telnet, nc or real mail clients.</source>
        <translation>Inicia só os servidores do escenario, para usalos con telnet, nc ou clientes de correo reais.</translation>
    </message>
    <message>
        <source>Built-in scenario name or scenario file (default: ana-fran).</source>
        <translation>Nome dun escenario incorporado ou ficheiro de escenario (predeterminado: ana-fran).</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nome|ficheiro</translation>
    </message>
    <message>
        <source>Added to the standard ports 25, 587 and 110 (default 10000; 0 gives the real ports).</source>
        <translation>Súmase aos portos estándar 25, 587 e 110 (predeterminado 10000; 0 dá os portos reais).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Listen on ports the system picks (printed in the LISTEN lines).</source>
        <translation>Escoita en portos que escolle o sistema (indicados nas liñas LISTEN).</translation>
    </message>
    <message>
        <source>Language of the interface: gl, es or en.</source>
        <translation>Lingua da interface: gl, es ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>Print the transcript as JSON lines.</source>
        <translation>Amosa a transcrición como liñas JSON.</translation>
    </message>
    <message>
        <source>Print **** instead of passwords in the transcript.</source>
        <translation>Amosa **** en lugar dos contrasinais na transcrición.</translation>
    </message>
    <message>
        <source>First retry delay of a deferred message, in milliseconds (default 2000).</source>
        <translation>Tempo de espera antes do primeiro reintento dunha mensaxe adiada, en milisegundos (predeterminado 2000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Check a scenario file and report every error.</source>
        <translation>Comproba un ficheiro de escenario e informa de todos os erros.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ficheiro</translation>
    </message>
    <message>
        <source>List the built-in scenarios.</source>
        <translation>Lista os escenarios incorporados.</translation>
    </message>
    <message>
        <source>--port-offset needs a number from 0 to 64000, not &quot;%1&quot;</source>
        <translation>--port-offset necesita un número de 0 a 64000, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Seconds a server waits for a silent client before closing (default 300).</source>
        <translation>Segundos que agarda un servidor por un cliente en silencio antes de pechar a conexión (predeterminado 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds from 1 to 86400, not &quot;%1&quot;</source>
        <translation>--idle-timeout necesita un número de segundos de 1 a 86400, non &quot;%1&quot;</translation>
    </message>
</context>
</TS>
