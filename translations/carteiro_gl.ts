<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="gl_ES">
<context>
    <name>EavesdropperPanel</name>
    <message>
        <source>%1 is on the network between %2 and reads what anyone on the wire reads: lines in clear as they were written, and inside TLS only encrypted records.</source>
        <translation>%1 está na rede entre %2 e le o que calquera no fío le: as liñas en claro tal como se escribiron e, dentro de TLS, só rexistros cifrados.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>The scenario puts no eavesdropper on the network.</source>
        <translation>O escenario non pon ningunha escoitadora na rede.</translation>
    </message>
    <message>
        <source>TLS record, %1 octets</source>
        <translation>rexistro TLS, %1 octetos</translation>
    </message>
    <message>
        <source>TLS record (%1), %2 octets</source>
        <translation>rexistro TLS (%1), %2 octetos</translation>
    </message>
    <message>
        <source>← password in clear</source>
        <translation>← contrasinal en claro</translation>
    </message>
    <message>
        <source>Nothing has crossed these links yet.</source>
        <translation>Aínda non pasou nada por estes enlaces.</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <source>the message (%1)</source>
        <translation>a mensaxe (%1)</translation>
    </message>
    <message>
        <source>part %1 (%2)</source>
        <translation>parte %1 (%2)</translation>
    </message>
    <message>
        <source>The header of %1 does not end with an empty line; what follows its last field is read as the body (RFC 5322 §2.1).</source>
        <translation>A cabeceira de %1 non remata cunha liña baleira; o que segue ao seu último campo lese como corpo (RFC 5322 §2.1).</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>a mensaxe</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>parte %1</translation>
    </message>
    <message>
        <source>No header fields: the message is only its body, as in the course's example typed by hand. A mail client adds at least From and Date, which RFC 5322 §3.6 asks for.</source>
        <translation>Sen campos de cabeceira: a mensaxe é só o seu corpo, coma no exemplo do curso escrito a man. Un cliente de correo engade polo menos From e Date, que pide o RFC 5322 §3.6.</translation>
    </message>
    <message>
        <source>Nesting deeper than %1 levels at %2: its contents are not parsed further.</source>
        <translation>Aniñamento de máis de %1 niveis en %2: o seu contido non se analiza máis.</translation>
    </message>
    <message>
        <source>No boundary parameter in %1, which is multipart, so its parts cannot be found (RFC 2046 §5.1.1).</source>
        <translation>Sen parámetro boundary en %1, que é multipart, así que non se poden atopar as súas partes (RFC 2046 §5.1.1).</translation>
    </message>
    <message>
        <source>The boundary “%1” of %2 never appears in its body, so its parts cannot be told apart (RFC 2046 §5.1.1).</source>
        <translation>O boundary «%1» de %2 non aparece nunca no seu corpo, así que non se poden distinguir as súas partes (RFC 2046 §5.1.1).</translation>
    </message>
    <message>
        <source>No closing boundary “--%1--” in %2: the message may have been cut short (RFC 2046 §5.1.1).</source>
        <translation>Sen boundary de peche «--%1--» en %2: pode que a mensaxe se cortase (RFC 2046 §5.1.1).</translation>
    </message>
    <message>
        <source>Invalid base64 in %1: %2 character(s) outside the base64 alphabet, which decoding skips (RFC 2045 §6.8).</source>
        <translation>Base64 non válido en %1: %2 carácter(es) fóra do alfabeto base64, que a decodificación salta (RFC 2045 §6.8).</translation>
    </message>
    <message>
        <source>Invalid base64 in %1: its %2 characters are not a multiple of 4, so the data is cut short (RFC 2045 §6.8).</source>
        <translation>Base64 non válido en %1: os seus %2 caracteres non son múltiplo de 4, así que os datos quedan cortados (RFC 2045 §6.8).</translation>
    </message>
    <message>
        <source>8-bit octets in %1, which is declared 7bit: a server without 8BITMIME may mangle them (RFC 2045 §2.7, RFC 6152).</source>
        <translation>Octetos de 8 bits en %1, que se declara 7bit: un servidor sen 8BITMIME pode estragalos (RFC 2045 §2.7, RFC 6152).</translation>
    </message>
    <message>
        <source>8-bit octets in %1, which has no Content-Transfer-Encoding and is therefore 7bit: a server without 8BITMIME may mangle them (RFC 2045 §6.1, RFC 6152).</source>
        <translation>Octetos de 8 bits en %1, que non ten Content-Transfer-Encoding e polo tanto é 7bit: un servidor sen 8BITMIME pode estragalos (RFC 2045 §6.1, RFC 6152).</translation>
    </message>
    <message>
        <source>NUL octets in %1: neither 7bit nor 8bit data may hold them (RFC 2045 §2.7, §2.8).</source>
        <translation>Octetos NUL en %1: nin os datos 7bit nin os 8bit poden levalos (RFC 2045 §2.7, §2.8).</translation>
    </message>
    <message>
        <source>Unknown charset “%1” in %2: its text is shown as Latin-1 (ISO-8859-1) instead.</source>
        <translation>Xogo de caracteres «%1» descoñecido en %2: o seu texto móstrase como Latin-1 (ISO-8859-1).</translation>
    </message>
</context>
<context>
    <name>ClassroomCa</name>
    <message>
        <source>%1 holds no readable PEM certificate (%2)</source>
        <translation>%1 non contén ningún certificado PEM lexible (%2)</translation>
    </message>
    <message>
        <source>%1 holds no readable PEM private key (%2)</source>
        <translation>%1 non contén ningunha chave privada PEM lexible (%2)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 non é un directorio</translation>
    </message>
    <message>
        <source>%1 is outside the names the classroom CA may vouch for (%2 and their subdomains): no certificate is made for it</source>
        <translation>%1 está fóra dos nomes que a CA da aula pode avalar (%2 e os seus subdominios): non se fai ningún certificado para el</translation>
    </message>
    <message>
        <source>%1. The classroom CA is left as it is, since students may already trust it; move %2 away to make a new one.</source>
        <translation>%1. A CA da aula déixase como está, porque o alumnado xa pode confiar nela; move %2 a outro sitio para facer unha nova.</translation>
    </message>
    <message>
        <source>OpenSSL could not make a certificate for %1: %2</source>
        <translation>OpenSSL non puido facer un certificado para %1: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not make the classroom CA: %1</source>
        <translation>OpenSSL non puido facer a CA da aula: %1</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>non se pode crear o directorio %1</translation>
    </message>
    <message>
        <source>cannot move the new classroom CA into %1: %2</source>
        <translation>non se pode mover a nova CA da aula a %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>non se pode ler %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>non se pode escribir %1: %2</translation>
    </message>
    <message>
        <source>the certificate in %1 is not a CA certificate</source>
        <translation>o certificado de %1 non é un certificado de CA</translation>
    </message>
    <message>
        <source>the key in %1 does not match the certificate in %2</source>
        <translation>a chave de %1 non corresponde ao certificado de %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Handout written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Folla escrita en %1 (%n páxina)</numerusform>
            <numerusform>Folla escrita en %1 (%n páxinas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The classroom CA &quot;%1&quot; is kept in %2.
Its certificate is now in %3 (SHA-256 fingerprint %4).
Import it as a certificate authority in Thunderbird or a browser to trust Carteiro&apos;s servers (see the README, &quot;TLS&quot;).</source>
        <translation>A CA da aula «%1» gárdase en %2.
O seu certificado está agora en %3 (pegada SHA-256 %4).
Impórtao como autoridade de certificación en Thunderbird ou nun navegador para confiar nos servidores de Carteiro (véxase o README, «TLS»).</translation>
    </message>
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
    <message>
        <source>World file: %1 (scenario %2)</source>
        <translation>Ficheiro de mundo: %1 (escenario %2)</translation>
    </message>
    <message>
        <source>warning: these services listen beyond loopback; anyone who can reach this machine can connect to them, and passwords travel in clear text:</source>
        <translation>aviso: estes servizos escoitan alén do loopback; calquera que chegue a esta máquina pode conectarse a eles, e os contrasinais viaxan en texto claro:</translation>
    </message>
    <message>
        <source>Port %1 is in use, perhaps by another carteiro (a window, a --serve) of yours or of another user of this machine.</source>
        <translation>O porto %1 está ocupado, quizais por outro carteiro (unha xanela, un --serve) teu ou doutra persoa usuaria desta máquina.</translation>
    </message>
    <message>
        <source>Choose other ports with --port-offset N: --port-offset %1 is free now (%2 would then listen on port %3).</source>
        <translation>Escolle outros portos con --port-offset N: --port-offset %1 está libre agora (%2 escoitaría entón no porto %3).</translation>
    </message>
    <message>
        <source>Choose other ports with --port-offset N.</source>
        <translation>Escolle outros portos con --port-offset N.</translation>
    </message>
    <message>
        <source>%1 declares no class: add "students 30 on 2esi.org" or "class alumnos.csv" to it</source>
        <translation>%1 non declara ningunha clase: engádelle "students 30 on 2esi.org" ou "class alumnos.csv"</translation>
    </message>
    <message>
        <source>Access sheet written to %1 (students: %2)</source>
        <translation>Folla de acceso escrita en %1 (alumnos: %2)</translation>
    </message>
    <message>
        <source>The passwords are new and kept nowhere (no data directory): a server started now gives others.</source>
        <translation>Os contrasinais son novos e non se gardan en ningures (sen directorio de datos): un servidor que se arranque agora dará outros.</translation>
    </message>
    <message>
        <source>The passwords are kept in %1.</source>
        <translation>Os contrasinais gárdanse en %1.</translation>
    </message>
    <message>
        <source>--results needs a class: %1 declares no students (add "students 30 on 2esi.org" or "class alumnos.csv")</source>
        <translation>--results necesita unha clase: %1 non declara alumnos (engade "students 30 on 2esi.org" ou "class alumnos.csv")</translation>
    </message>
    <message>
        <source>The private world of %1: %2</source>
        <translation>O mundo privado de %1: %2</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1, in the middle, changed what %2 said before %3 read it: STARTTLS became XXXXXXXA, so %3 does not see that TLS is offered</source>
        <translation>%1, no medio, cambiou o que dixo %2 antes de que o lese %3: STARTTLS pasou a ser XXXXXXXA, así que %3 non ve que se ofrece TLS</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>fallou o TLS: %1</translation>
    </message>
    <message>
        <source>encrypted from here (%1, %2); %3 presented the certificate of %4</source>
        <translation>cifrado desde aquí (%1, %2); %3 presentou o certificado de %4</translation>
    </message>
    <message>
        <source>encrypted from here (%1, %2); the certificate of %3, issued by %4, NOT verified: %5</source>
        <translation>cifrado desde aquí (%1, %2); o certificado de %3, emitido por %4, NON verificado: %5</translation>
    </message>
    <message>
        <source>encrypted from here (%1, %2); the certificate of %3, issued by %4, verified</source>
        <translation>cifrado desde aquí (%1, %2); o certificado de %3, emitido por %4, verificado</translation>
    </message>
    <message>
        <source>TLS %1: %3, issued by %4</source>
        <translation>TLS %1: %3, emitido por %4</translation>
    </message>
    <message>
        <source>encrypted TLS record: %2 octets (%1 inside)</source>
        <translation>rexistro TLS cifrado: %2 octetos (%1 dentro)</translation>
    </message>
    <message>
        <source>TLS record in clear: %1, %2 octets</source>
        <translation>rexistro TLS en claro: %1, %2 octetos</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rexeitada</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2): %3</source>
        <translation>non se pode conectar con %1 (%2): %3</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>pechada por %1</translation>
    </message>
    <message>
        <source>%1 spoke before the greeting (Postfix logs "improper command pipelining after CONNECT"); its commands are answered in order</source>
        <translation>%1 falou antes do saúdo (Postfix rexistra "improper command pipelining after CONNECT"); as súas ordes respóndense en orde</translation>
    </message>
    <message>
        <source>encrypted from here: %1 and %2 agreed on STARTTLS, and the tap in the middle holds no key, so it passes their TLS records on as they are and cannot show the commands and replies inside them</source>
        <translation>cifrado desde aquí: %1 e %2 acordaron STARTTLS, e a derivación do medio non ten ningunha chave, así que pasa os seus rexistros TLS tal como veñen e non pode amosar as ordes e respostas que levan dentro</translation>
    </message>
    <message>
        <source>encrypted from the first octet (port %3 is a secure port): the tap in the middle holds no key, so it passes the TLS records of %1 and %2 on as they are and cannot show the commands and replies inside them</source>
        <translation>cifrado desde o primeiro octeto (o porto %3 é un porto seguro): a derivación do medio non ten ningunha chave, así que pasa os rexistros TLS de %1 e %2 tal como veñen e non pode amosar as ordes e respostas que levan dentro</translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <source>Not connected: here netstat -tl, netstat -tln, ss -tl and ss -tln run; to type SMTP, POP3 or IMAP choose a service and press Connect.</source>
        <translation>Sen conexión: aquí funcionan netstat -tl, netstat -tln, ss -tl e ss -tln; para escribir SMTP, POP3 ou IMAP escolle un servizo e preme Conectar.</translation>
    </message>
    <message>
        <source>Each port is the standard one plus %1 (10025 = 25 + %1), and is named here as the standard one: smtp is 25 + %1. With -n the real numbers.</source>
        <translation>Cada porto é o estándar máis %1 (10025 = 25 + %1), e aquí nómease como o estándar: smtp é 25 + %1. Con -n, os números reais.</translation>
    </message>
    <message>
        <source>netstat -tl or ss -tl, then Enter; or choose a service and Connect</source>
        <translation>netstat -tl ou ss -tl e Intro; ou escolle un servizo e Conectar</translation>
    </message>
    <message>
        <source>Not connected. Choose a service and press Connect, or type netstat -tl.</source>
        <translation>Sen conexión. Escolle un servizo e preme Conectar, ou escribe netstat -tl.</translation>
    </message>
    <message>
        <source>The scenario restarted: that connection is gone. Connect again.</source>
        <translation>O escenario reiniciouse: esa conexión xa non existe. Volve conectar.</translation>
    </message>
    <message>
        <source>Connecting to %1 at %2 port %3…</source>
        <translation>Conectando con %1 en %2, porto %3…</translation>
    </message>
    <message>
        <source>Connected to %1. Type the commands; Enter sends a line.</source>
        <translation>Conectado con %1. Escribe as ordes; Intro envía cada liña.</translation>
    </message>
    <message>
        <source>nobody listens there</source>
        <translation>aí non escoita ninguén</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>Non se puido conectar con %1: %2.</translation>
    </message>
    <message>
        <source>You closed the connection to %1.</source>
        <translation>Pechaches a conexión con %1.</translation>
    </message>
    <message>
        <source>Connection closed by %1.</source>
        <translation>Conexión pechada por %1.</translation>
    </message>
    <message>
        <source>No scenario is running: there is nothing to connect to.</source>
        <translation>Non hai ningún escenario en marcha: non hai nada ao que conectarse.</translation>
    </message>
    <message>
        <source>The same from a real terminal: %1</source>
        <translation>O mesmo desde un terminal real: %1</translation>
    </message>
    <message>
        <source>The message: headers, an empty line, the body; a line with only "." ends it</source>
        <translation>A mensaxe: cabeceiras, unha liña baleira e o corpo; remata cunha liña que só ten "."</translation>
    </message>
    <message>
        <source>An SMTP command, e.g. HELO cliente.fr, then Enter</source>
        <translation>Unha orde SMTP, p. ex. HELO cliente.fr, e despois Intro</translation>
    </message>
    <message>
        <source>A POP3 command, e.g. USER fran, then Enter</source>
        <translation>Unha orde POP3, p. ex. USER fran, e despois Intro</translation>
    </message>
    <message>
        <source>Waiting for a scenario.</source>
        <translation>Á espera dun escenario.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected. Choose a service and press Connect.</source>
        <translation>Sen conexión. Escolle un servizo e preme Conectar.</translation>
    </message>
    <message numerus="yes">
        <source>Step mode: %n line(s) wait at the gate. Press Step to send the next one.</source>
        <translation>
            <numerusform>Modo paso a paso: %n liña agarda na porta. Preme Paso para enviala.</numerusform>
            <numerusform>Modo paso a paso: %n liñas agardan na porta. Preme Paso para enviar a seguinte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step mode: each line you type waits at the gate until Step.</source>
        <translation>Modo paso a paso: cada liña que escribes agarda na porta ata que premes Paso.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado con %1.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servizo:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Every service of every host: host, service, address:port</source>
        <translation>Todos os servizos de todas as máquinas: máquina, servizo, enderezo:porto</translation>
    </message>
    <message>
        <source>S: what the server says; C: what you typed</source>
        <translation>S: o que di o servidor; C: o que escribiches ti</translation>
    </message>
    <message>
        <source>%1 (%2, a real server)</source>
        <translation>%1 (%2, un servidor real)</translation>
    </message>
    <message>
        <source>Usage: telnet HOST PORT, for example telnet servidor.edu 25.</source>
        <translation>Uso: telnet MÁQUINA PORTO, por exemplo telnet servidor.edu 25.</translation>
    </message>
    <message>
        <source>No host %1 in this scenario.</source>
        <translation>Non hai ningunha máquina %1 neste escenario.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 of %2 (netstat -tl lists what does).</source>
        <translation>Nada escoita no porto %1 de %2 (netstat -tl lista o que escoita).</translation>
    </message>
    <message>
        <source>Not connected: here netstat -tl, netstat -tln, ss -tl, ss -tln and telnet HOST PORT run; to type SMTP, POP3 or IMAP choose a service and press Connect, or type telnet servidor.edu 25.</source>
        <translation>Sen conexión: aquí funcionan netstat -tl, netstat -tln, ss -tl, ss -tln e telnet MÁQUINA PORTO; para escribir SMTP, POP3 ou IMAP escolle un servizo e preme Conectar, ou escribe telnet servidor.edu 25.</translation>
    </message>
    <message>
        <source>netstat -tl, ss -tl or telnet HOST PORT, then Enter; or choose a service and Connect</source>
        <translation>netstat -tl, ss -tl ou telnet MÁQUINA PORTO, e logo Intro; ou escolle un servizo e Conectar</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Exercise</source>
        <translation>Exercicio</translation>
    </message>
    <message>
        <source>Hint %1: %2</source>
        <translation>Pista %1: %2</translation>
    </message>
    <message>
        <source>Type in the console below (or in a real telnet) until every check has a ✓.</source>
        <translation>Escribe na consola de aquí abaixo (ou nun telnet de verdade) ata que todas as comprobacións teñan un ✓.</translation>
    </message>
    <message>
        <source>Exercise done!</source>
        <translation>Exercicio feito!</translation>
    </message>
    <message>
        <source>Exercise not done.</source>
        <translation>Exercicio sen facer.</translation>
    </message>
    <message numerus="yes">
        <source>Hint (%n left)</source>
        <translation>
            <numerusform>Pista (queda %n)</numerusform>
            <numerusform>Pista (quedan %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No more hints</source>
        <translation>Non hai máis pistas</translation>
    </message>
    <message>
        <source>Show the solution</source>
        <translation>Amosar a solución</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Here %1 listens for %2 (port %3 in the course) on %4 port %5: telnet %4 %5</source>
        <translation>Aquí %1 escoita %2 (o porto %3 do curso) en %4, porto %5: telnet %4 %5</translation>
    </message>
    <message>
        <source>Here %1 listens for %2 on %3 port %4: telnet %3 %4</source>
        <translation>Aquí %1 escoita %2 en %3, porto %4: telnet %3 %4</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <source>LIST marks the folders kept for sent mail, drafts, rubbish and so on, whatever their names in each language.</source>
        <translation>LIST marca os cartafoles reservados para o correo enviado, os borradores, o lixo etc., sexan cales sexan os seus nomes en cada lingua.</translation>
    </message>
    <message>
        <source>SPECIAL-USE: Sent, Drafts, Trash…</source>
        <translation>SPECIAL-USE: Enviados, Borradores, Lixo…</translation>
    </message>
    <message>
        <source>After APPEND, COPY or MOVE the server says which UIDs the messages got, so the client need not search for them.</source>
        <translation>Despois de APPEND, COPY ou MOVE o servidor di que UID recibiron as mensaxes, así que o cliente non ten que buscalas.</translation>
    </message>
    <message>
        <source>UIDPLUS: the new messages' UIDs</source>
        <translation>UIDPLUS: os UID das mensaxes novas</translation>
    </message>
    <message>
        <source>The client may move messages to another folder in one command.</source>
        <translation>O cliente pode mover mensaxes a outro cartafol cunha soa orde.</translation>
    </message>
    <message>
        <source>MOVE: move messages between folders</source>
        <translation>MOVE: mover mensaxes entre cartafoles</translation>
    </message>
    <message>
        <source>A SASL mechanism the AUTHENTICATE command accepts: PLAIN sends the user and password (in base64, so readable unless the connection is encrypted). Dovecot's auth_mechanisms in dovecot.conf lists them.</source>
        <translation>Un mecanismo SASL que acepta a orde AUTHENTICATE: PLAIN envía o usuario e o contrasinal (en base64, lexibles logo se a conexión non vai cifrada). auth_mechanisms en dovecot.conf lístaos en Dovecot.</translation>
    </message>
    <message>
        <source>AUTH=…: a way of logging in</source>
        <translation>AUTH=…: unha forma de identificarse</translation>
    </message>
    <message>
        <source>At log-in the server may tell the client that its mailbox lives on another server, and where.</source>
        <translation>Ao identificarse, o servidor pode dicirlle ao cliente que o seu buzón está noutro servidor, e en cal.</translation>
    </message>
    <message>
        <source>LOGIN-REFERRALS: "log in elsewhere"</source>
        <translation>LOGIN-REFERRALS: "identifícate noutro sitio"</translation>
    </message>
    <message>
        <source>Some extensions change the server's answers, so the client turns them on first with ENABLE (for example ENABLE CONDSTORE).</source>
        <translation>Algunhas extensións cambian as respostas do servidor, así que o cliente actívaas primeiro con ENABLE (por exemplo ENABLE CONDSTORE).</translation>
    </message>
    <message>
        <source>ENABLE: switch extensions on</source>
        <translation>ENABLE: activar extensións</translation>
    </message>
    <message>
        <source>With the ID command each side may say which program it is (Thunderbird, Dovecot…), for logs and statistics.</source>
        <translation>Coa orde ID cada parte pode dicir que programa é (Thunderbird, Dovecot…), para rexistros e estatísticas.</translation>
    </message>
    <message>
        <source>ID: client and server may name themselves</source>
        <translation>ID: cliente e servidor poden dicir quen son</translation>
    </message>
    <message>
        <source>The client may send a literal {n+} without waiting for the server's "+" continuation.</source>
        <translation>O cliente pode enviar un literal {n+} sen agardar a continuación "+" do servidor.</translation>
    </message>
    <message>
        <source>LITERAL+: no waiting before long texts</source>
        <translation>LITERAL+: sen agardar antes dos textos longos</translation>
    </message>
    <message>
        <source>With AUTHENTICATE the client may send its credentials on the same line, without waiting for the server's empty challenge.</source>
        <translation>Con AUTHENTICATE o cliente pode enviar as súas credenciais na mesma liña, sen agardar o desafío baleiro do servidor.</translation>
    </message>
    <message>
        <source>SASL-IR: log in in one line</source>
        <translation>SASL-IR: identificarse nunha liña</translation>
    </message>
    <message>
        <source>The client may say IDLE and wait: the server tells it at once when new mail arrives, instead of the client asking every few minutes.</source>
        <translation>O cliente pode dicir IDLE e agardar: o servidor avísao ao momento cando chega correo novo, en vez de preguntar o cliente cada poucos minutos.</translation>
    </message>
    <message>
        <source>IDLE: news without asking</source>
        <translation>IDLE: novidades sen preguntar</translation>
    </message>
    <message>
        <source>The server speaks IMAP version 4, revision 1 (RFC 3501): every IMAP server says it first.</source>
        <translation>O servidor fala IMAP versión 4, revisión 1 (RFC 3501): todo servidor IMAP dio primeiro.</translation>
    </message>
    <message>
        <source>IMAP4rev1: the protocol's version</source>
        <translation>IMAP4rev1: a versión do protocolo</translation>
    </message>
    <message>
        <source>Dovecot greets IMAP clients with "* OK [CAPABILITY …] Dovecot (Debian) ready." once it serves imap (protocols in dovecot.conf): the list of what it can do comes with the greeting, so the client need not ask CAPABILITY. It is what a telnet to port 143 shows just after installing dovecot-imapd.</source>
        <translation>Dovecot saúda os clientes IMAP con "* OK [CAPABILITY …] Dovecot (Debian) ready." cando serve imap (protocols en dovecot.conf): a lista do que sabe facer vén co saúdo, así que o cliente non precisa preguntar CAPABILITY. É o que mostra un telnet ao porto 143 xusto despois de instalar dovecot-imapd.</translation>
    </message>
    <message>
        <source>Dovecot's IMAP greeting</source>
        <translation>O saúdo IMAP de Dovecot</translation>
    </message>
    <message>
        <source>Postfix has taken the message into its queue under this identifier, and from now on it is Postfix's job to deliver it. The same identifier is on every line of the mail log (/var/log/mail.log) about this message: the place to look when it does not arrive.</source>
        <translation>Postfix colleu a mensaxe na súa cola con este identificador, e desde agora entregala é traballo de Postfix. O mesmo identificador está en cada liña do rexistro de correo (/var/log/mail.log) sobre esta mensaxe: o sitio onde mirar cando non chega.</translation>
    </message>
    <message>
        <source>Postfix: queued as… (the queue id)</source>
        <translation>Postfix: queued as… (o identificador na cola)</translation>
    </message>
    <message>
        <source>A server that keeps mail for a domain while that domain's server is away can be asked with ETRN to try delivering it now. Postfix offers it by default.</source>
        <translation>A un servidor que garda correo para un dominio mentres o servidor dese dominio non está pódeselle pedir con ETRN que intente entregalo agora. Postfix ofréceo por defecto.</translation>
    </message>
    <message>
        <source>ETRN: send me my queued mail</source>
        <translation>ETRN: envíame o meu correo en cola</translation>
    </message>
    <message>
        <source>The client may ask whether an address exists with VRFY, without sending mail. Postfix offers it unless disable_vrfy_command = yes, which many servers set so that spammers cannot guess their users.</source>
        <translation>O cliente pode preguntar con VRFY se existe un enderezo, sen enviar correo. Postfix ofréceo salvo con disable_vrfy_command = yes, que poñen moitos servidores para que os spammers non adiviñen os seus usuarios.</translation>
    </message>
    <message>
        <source>VRFY: addresses can be checked</source>
        <translation>VRFY: pódense comprobar enderezos</translation>
    </message>
    <message>
        <source>Dovecot greets POP3 clients with "+OK Dovecot (Debian) ready." once it serves pop3 (protocols in dovecot.conf). It is what a telnet to port 110 shows just after installing dovecot-pop3d.</source>
        <translation>Dovecot saúda os clientes POP3 con "+OK Dovecot (Debian) ready." cando serve pop3 (protocols en dovecot.conf). É o que amosa un telnet ao porto 110 xusto despois de instalar dovecot-pop3d.</translation>
    </message>
    <message>
        <source>Dovecot's greeting</source>
        <translation>O saúdo de Dovecot</translation>
    </message>
    <message>
        <source>Postfix greets with smtpd_banner, on Debian "$myhostname ESMTP $mail_name (Debian/GNU)": the host name from main.cf (myhostname), the word ESMTP (it understands EHLO) and the program. It is what a telnet to port 25 shows just after installing Postfix.</source>
        <translation>Postfix saúda con smtpd_banner, en Debian "$myhostname ESMTP $mail_name (Debian/GNU)": o nome do host de main.cf (myhostname), a palabra ESMTP (entende EHLO) e o programa. É o que amosa un telnet ao porto 25 xusto despois de instalar Postfix.</translation>
    </message>
    <message>
        <source>Postfix's greeting</source>
        <translation>O saúdo de Postfix</translation>
    </message>
    <message>
        <source>The domain is one this server takes mail for (mydestination), but no account has that name (local_recipient_maps: the system's users and aliases). The client hears it at RCPT, before any message is sent.</source>
        <translation>O dominio é un dos que este servidor acepta (mydestination), pero ningunha conta ten ese nome (local_recipient_maps: os usuarios e alias do sistema). O cliente sábeo en RCPT, antes de enviar mensaxe ningunha.</translation>
    </message>
    <message>
        <source>Postfix: no such local user</source>
        <translation>Postfix: non hai tal usuario local</translation>
    </message>
    <message>
        <source>The DNS says the mail exchanger (MX) of the recipient's domain is this very server, yet the domain is not in its mydestination, so the server took the message for relaying. Sending it on would send it to itself without end, so Postfix bounces it. The usual cause: the domain (the system mail name) is missing from mydestination.</source>
        <translation>O DNS di que o servidor de correo (MX) do dominio do destinatario é este mesmo servidor, pero o dominio non está no seu mydestination, así que o servidor tomou a mensaxe para reenviala. Enviala adiante mandaríaa a si mesmo sen fin, así que Postfix devólvea. A causa habitual: falta o dominio (o nome de correo do sistema) en mydestination.</translation>
    </message>
    <message>
        <source>Postfix: mail loops back to myself</source>
        <translation>Postfix: o correo volve a min mesmo</translation>
    </message>
    <message>
        <source>The recipient's domain is not one this server takes mail for (it is not in mydestination), and the client is neither in mynetworks nor authenticated. Passing the message on to another server would make this an open relay, which spammers use, so Postfix refuses (reject_unauth_destination). If the domain should be local, add it to mydestination; if the client is one of yours, it should log in (AUTH) or its network go in mynetworks.</source>
        <translation>O dominio do destinatario non é un dos que este servidor acepta (non está en mydestination), e o cliente nin está en mynetworks nin se autenticou. Pasarlle a mensaxe a outro servidor faría deste un relé aberto, dos que usan os que mandan spam, así que Postfix négase (reject_unauth_destination). Se o dominio debería ser local, engádeo a mydestination; se o cliente é dos teus, que se autentique (AUTH) ou que a súa rede vaia en mynetworks.</translation>
    </message>
    <message>
        <source>Postfix: relay access denied</source>
        <translation>Postfix: reenvío denegado (relay access denied)</translation>
    </message>
    <message>
        <source>The server's main.cf (Postfix) or dovecot.conf (Dovecot) changed, as after dpkg-reconfigure postfix or editing the file and restarting: the settings named here hold from now on, and the ports it listens on follow (netstat -tl).</source>
        <translation>Cambiou o main.cf (Postfix) ou o dovecot.conf (Dovecot) do servidor, coma despois de dpkg-reconfigure postfix ou de editar o ficheiro e reiniciar: as opcións nomeadas aquí valen desde agora, e os portos nos que escoita seguen a configuración (netstat -tl).</translation>
    </message>
    <message>
        <source>The server's configuration changes</source>
        <translation>Cambia a configuración do servidor</translation>
    </message>
    <message>
        <source>With relayhost set ("Internet with smarthost" or "Satellite system"), the server does not look up the recipient domain's MX: it gives every message for another domain to that host, the smarthost, which delivers it.</source>
        <translation>Con relayhost posto ("Internet con smarthost" ou "Sistema satélite"), o servidor non busca o MX do dominio do destinatario: dálle cada mensaxe para outro dominio a ese host, o smarthost, que é quen a entrega.</translation>
    </message>
    <message>
        <source>Postfix: through the relayhost</source>
        <translation>Postfix: a través do relayhost</translation>
    </message>
    <message>
        <source>With inet_interfaces = loopback-only (Postfix's "Local only") or listen = 127.0.0.1 (Dovecot), the server listens only on the machine's own loopback address. Other machines reach none of its ports: their connection is refused, and a sending server keeps the message in its queue and tries again later. Only the machine itself (a telnet localhost 25) gets through.</source>
        <translation>Con inet_interfaces = loopback-only (o "Só local" de Postfix) ou listen = 127.0.0.1 (Dovecot), o servidor só escoita no enderezo de loopback da propia máquina. As outras máquinas non chegan a ningún dos seus portos: a súa conexión é rexeitada, e un servidor que envía garda a mensaxe na cola e volve tentalo máis tarde. Só a propia máquina (un telnet localhost 25) consegue entrar.</translation>
    </message>
    <message>
        <source>A server that listens on loopback only</source>
        <translation>Un servidor que só escoita no loopback</translation>
    </message>
    <message>
        <source>To deliver the message, the server asked the DNS for the MX of the recipient's domain and got its own name. A domain whose MX is this server should be in mydestination (the mail name chosen when installing Postfix goes there); since it is not, delivering it would only send the message back to itself. Postfix bounces it with "mail for … loops back to myself" (5.4.6).</source>
        <translation>Para entregar a mensaxe, o servidor preguntou ao DNS polo MX do dominio do destinatario e obtivo o seu propio nome. Un dominio cuxo MX é este servidor debería estar en mydestination (alí vai o nome de correo escollido ao instalar Postfix); como non está, entregala só a mandaría de volta a el mesmo. Postfix devólvea con "mail for … loops back to myself" (5.4.6).</translation>
    </message>
    <message>
        <source>Postfix: mail for the domain loops back to myself</source>
        <translation>Postfix: o correo para o dominio volve a min mesmo (loops back to myself)</translation>
    </message>
    <message>
        <source>The client answers the server's challenge with a line of base64: the user name, the password, or both. Base64 hides nothing, but this line is inside TLS: on the wire it is an encrypted record. A line with only "*" cancels the login.</source>
        <translation>O cliente responde ao desafío do servidor cunha liña en base64: o nome de usuario, o contrasinal ou os dous. Base64 non oculta nada, pero esta liña vai dentro de TLS: no fío é un rexistro cifrado. Unha liña con só "*" cancela o acceso.</translation>
    </message>
    <message>
        <source>With PLAIN, the user name and the password go in base64 after the server's "+". Base64 is not encryption, but TLS is: anyone watching the network sees only encrypted records.</source>
        <translation>Con PLAIN, o nome de usuario e o contrasinal van en base64 despois do "+" do servidor. Base64 non é cifrado, pero TLS si: quen estea mirando a rede só ve rexistros cifrados.</translation>
    </message>
    <message>
        <source>The client logs in with a user name and a password. This connection is inside TLS, so on the wire they are an encrypted record: only the server reads them. If they are right the session goes from the not authenticated state to the authenticated state.</source>
        <translation>O cliente accede cun nome de usuario e un contrasinal. Esta conexión vai dentro de TLS, así que no fío son un rexistro cifrado: só o servidor os le. Se son correctos, a sesión pasa do estado non autenticado ao autenticado.</translation>
    </message>
    <message>
        <source>Right after USER, the client sends the password. This connection is inside TLS, so on the wire the password is an encrypted record: only the server reads it. If it is right, the server answers +OK, locks the mailbox, and the session enters the TRANSACTION state.</source>
        <translation>Xusto despois de USER, o cliente envía o contrasinal. Esta conexión vai dentro de TLS, así que no fío o contrasinal é un rexistro cifrado: só o servidor o le. Se é correcto, o servidor responde +OK, bloquea a caixa de correo e a sesión entra no estado TRANSACTION.</translation>
    </message>
    <message>
        <source>This line crossed the network inside TLS records. The two ends read it as it is shown here; anyone watching the network sees only the record that carried it: a header and encrypted octets.</source>
        <translation>Esta liña cruzou a rede dentro de rexistros TLS. Os dous extremos léna tal como se mostra aquí; quen estea mirando a rede só ve o rexistro que a levou: unha cabeceira e octetos cifrados.</translation>
    </message>
    <message>
        <source>Inside TLS: encrypted on the wire</source>
        <translation>Dentro de TLS: cifrada no fío</translation>
    </message>
    <message>
        <source>The client's answer to the login challenge</source>
        <translation>A resposta do cliente ao desafío de acceso</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>HTTP requests and responses</source>
        <translation>Peticións e respostas HTTP</translation>
    </message>
    <message>
        <source>The content of the message: a page's HTML, a form's fields, a file. It may be binary; its length is given by Content-Length.</source>
        <translation>O contido da mensaxe: o HTML dunha páxina, os campos dun formulario, un ficheiro. Pode ser binario; a súa lonxitude dáa Content-Length.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>The header section is over. What follows, if anything, is the body: exactly as many octets as Content-Length says.</source>
        <translation>A sección de cabeceira rematou. O que segue, se hai algo, é o corpo: exactamente tantos octetos como di Content-Length.</translation>
    </message>
    <message>
        <source>Empty line: end of the header fields</source>
        <translation>Liña baleira: fin dos campos de cabeceira</translation>
    </message>
    <message>
        <source>A name, a colon and a value: information about the message or about the resource. Names are case-insensitive; the header section ends with an empty line.</source>
        <translation>Un nome, dous puntos e un valor: información sobre a mensaxe ou sobre o recurso. Os nomes non distinguen maiúsculas; a sección de cabeceira remata cunha liña baleira.</translation>
    </message>
    <message>
        <source>Header field</source>
        <translation>Campo de cabeceira</translation>
    </message>
    <message>
        <source>In HTTP/1.1 a connection stays open for further requests unless one side says "Connection: close": then it closes after this response. HTTP/1.0 closed after each response unless "keep-alive" was asked.</source>
        <translation>En HTTP/1.1 unha conexión segue aberta para máis peticións salvo que un lado diga "Connection: close": entón péchase despois desta resposta. HTTP/1.0 pechaba despois de cada resposta salvo que se pedise "keep-alive".</translation>
    </message>
    <message>
        <source>Connection: keep it open or close it</source>
        <translation>Connection: mantela aberta ou pechala</translation>
    </message>
    <message>
        <source>In a redirection (302, 303) the address the browser must ask for next.</source>
        <translation>Nunha redirección (302, 303), o enderezo que o navegador ten que pedir a continuación.</translation>
    </message>
    <message>
        <source>Location: where to go</source>
        <translation>Location: onde ir</translation>
    </message>
    <message>
        <source>The body's size in octets. It is how the reader knows where the body ends and the next message begins on a connection that stays open: there is no "." line as in SMTP.</source>
        <translation>O tamaño do corpo en octetos. É como o lector sabe onde remata o corpo e onde comeza a seguinte mensaxe nunha conexión que segue aberta: non hai unha liña "." coma en SMTP.</translation>
    </message>
    <message>
        <source>Content-Length: how many octets the body has</source>
        <translation>Content-Length: cantos octetos ten o corpo</translation>
    </message>
    <message>
        <source>The media type of the body, as in MIME: text/html for a page, image/png, application/x-www-form-urlencoded for a form, with its charset when it is text.</source>
        <translation>O tipo de medio do corpo, como en MIME: text/html para unha páxina, image/png, application/x-www-form-urlencoded para un formulario, co seu charset cando é texto.</translation>
    </message>
    <message>
        <source>Content-Type: what the body is</source>
        <translation>Content-Type: que é o corpo</translation>
    </message>
    <message>
        <source>The server asks the browser to keep a name=value pair and send it back in every request to this site (the Cookie field). A session cookie is as good as the password while it lasts: HttpOnly hides it from scripts, Secure keeps it inside HTTPS.</source>
        <translation>O servidor pídelle ao navegador que garde un par nome=valor e llo devolva en cada petición a este sitio (o campo Cookie). Unha cookie de sesión vale tanto coma o contrasinal mentres dura: HttpOnly agóchaa dos scripts, Secure manténa dentro de HTTPS.</translation>
    </message>
    <message>
        <source>Set-Cookie: remember this</source>
        <translation>Set-Cookie: lembra isto</translation>
    </message>
    <message>
        <source>The browser sends back the cookies the server set before (name=value). HTTP keeps no memory between requests: this is how the server knows it is the same session, after logging in.</source>
        <translation>O navegador devolve as cookies que o servidor fixou antes (nome=valor). HTTP non garda memoria entre peticións: así é como o servidor sabe que é a mesma sesión, despois de iniciala.</translation>
    </message>
    <message>
        <source>Cookie: what the server asked to be given back</source>
        <translation>Cookie: o que o servidor pediu que se lle devolvese</translation>
    </message>
    <message>
        <source>The name of the site the browser asks (as typed in the address). One machine may serve many sites on one address; Host tells them apart. HTTP/1.1 requires it.</source>
        <translation>O nome do sitio que pide o navegador (como se escribiu no enderezo). Unha máquina pode servir moitos sitios nun enderezo; Host distíngueos. HTTP/1.1 esíxeo.</translation>
    </message>
    <message>
        <source>Host: which site</source>
        <translation>Host: que sitio</translation>
    </message>
    <message>
        <source>The server does not know this method (or this transfer coding) at all, for any resource.</source>
        <translation>O servidor non coñece este método (ou esta codificación de transferencia) en absoluto, para ningún recurso.</translation>
    </message>
    <message>
        <source>501 Not Implemented</source>
        <translation>501 Not Implemented</translation>
    </message>
    <message>
        <source>Something went wrong inside the server while it handled a request that was fine. The fault is the server's, not the client's.</source>
        <translation>Algo fallou dentro do servidor mentres atendía unha petición que estaba ben. A culpa é do servidor, non do cliente.</translation>
    </message>
    <message>
        <source>500 Internal Server Error</source>
        <translation>500 Internal Server Error</translation>
    </message>
    <message>
        <source>Too many header fields, or too many octets of them (a huge Cookie, for instance). The server refuses the request and closes the connection.</source>
        <translation>Campos de cabeceira de máis, ou octetos de máis neles (unha Cookie enorme, por exemplo). O servidor rexeita a petición e pecha a conexión.</translation>
    </message>
    <message>
        <source>431 Request Header Fields Too Large</source>
        <translation>431 Request Header Fields Too Large</translation>
    </message>
    <message>
        <source>The request line is longer than the server is prepared to read. A server must set such limits, or anyone could fill its memory.</source>
        <translation>A liña de petición é máis longa do que o servidor está disposto a ler. Un servidor ten que pór tales límites, ou calquera podería encherlle a memoria.</translation>
    </message>
    <message>
        <source>414 URI Too Long: the target is too long</source>
        <translation>414 URI Too Long: o destino é longo de máis</translation>
    </message>
    <message>
        <source>The body announced by Content-Length is larger than the server accepts. It refuses before reading a single octet of it, and closes the connection.</source>
        <translation>O corpo que anuncia Content-Length é maior do que acepta o servidor. Rexéitao antes de ler un só octeto del, e pecha a conexión.</translation>
    </message>
    <message>
        <source>413 Content Too Large: the body is too big</source>
        <translation>413 Content Too Large: o corpo é grande de máis</translation>
    </message>
    <message>
        <source>The server knows the method but does not allow it here. The Allow field lists the methods it does allow.</source>
        <translation>O servidor coñece o método pero non o permite aquí. O campo Allow enumera os métodos que si permite.</translation>
    </message>
    <message>
        <source>405 Method Not Allowed</source>
        <translation>405 Method Not Allowed</translation>
    </message>
    <message>
        <source>The server has nothing at this target (a mistyped path, a deleted page).</source>
        <translation>O servidor non ten nada neste destino (un camiño mal escrito, unha páxina borrada).</translation>
    </message>
    <message>
        <source>404 Not Found: nothing here</source>
        <translation>404 Not Found: aquí non hai nada</translation>
    </message>
    <message>
        <source>The server understood the request and refuses it: who asks is known, but may not have this. Logging in again does not help.</source>
        <translation>O servidor entendeu a petición e rexéitaa: sábese quen pide, pero non pode ter isto. Iniciar sesión outra vez non axuda.</translation>
    </message>
    <message>
        <source>403 Forbidden: not for you</source>
        <translation>403 Forbidden: non é para ti</translation>
    </message>
    <message>
        <source>The resource needs credentials the request did not carry, or carried wrong. The response says how to authenticate (WWW-Authenticate).</source>
        <translation>O recurso precisa credenciais que a petición non levaba, ou levaba mal. A resposta di como autenticarse (WWW-Authenticate).</translation>
    </message>
    <message>
        <source>401 Unauthorized: log in first</source>
        <translation>401 Unauthorized: inicia sesión primeiro</translation>
    </message>
    <message>
        <source>The server could not read the request: a malformed request line, a header field folded onto the next line, a missing Host… It cannot trust where the next request would start, so it closes the connection.</source>
        <translation>O servidor non puido ler a petición: unha liña de petición mal formada, un campo de cabeceira dobrado na liña seguinte, falta Host… Xa non pode fiarse de onde comezaría a seguinte petición, así que pecha a conexión.</translation>
    </message>
    <message>
        <source>400 Bad Request: not well-formed</source>
        <translation>400 Bad Request: mal formada</translation>
    </message>
    <message>
        <source>The usual answer to a form sent with POST: the work is done, and the browser is sent with a GET to the page in Location. Reloading that page does not send the form again.</source>
        <translation>A resposta habitual a un formulario enviado con POST: o traballo está feito, e o navegador vai cun GET á páxina de Location. Recargar esa páxina non envía o formulario outra vez.</translation>
    </message>
    <message>
        <source>303 See Other: go and GET this page</source>
        <translation>303 See Other: vai e pide esta páxina con GET</translation>
    </message>
    <message>
        <source>The resource is temporarily at the address in the Location field. The browser asks for that address at once, on its own.</source>
        <translation>O recurso está temporalmente no enderezo do campo Location. O navegador pide ese enderezo de inmediato, por si só.</translation>
    </message>
    <message>
        <source>302 Found: it is elsewhere for now</source>
        <translation>302 Found: por agora está noutro sitio</translation>
    </message>
    <message>
        <source>The request succeeded. For a GET the body is the page asked for; Content-Type says what it is and Content-Length how many octets it has.</source>
        <translation>A petición saíu ben. Para un GET o corpo é a páxina pedida; Content-Type di que é e Content-Length cantos octetos ten.</translation>
    </message>
    <message>
        <source>200 OK: here it is</source>
        <translation>200 OK: aquí o tes</translation>
    </message>
    <message>
        <source>The client said "Expect: 100-continue" and waited before sending a large body. The server has read the header fields and agrees: the body may come. The final response follows later.</source>
        <translation>O cliente dixo "Expect: 100-continue" e agardou antes de enviar un corpo grande. O servidor leu os campos de cabeceira e está de acordo: o corpo pode vir. A resposta final chega despois.</translation>
    </message>
    <message>
        <source>100 Continue: send the body</source>
        <translation>100 Continue: envía o corpo</translation>
    </message>
    <message>
        <source>A response starts with the protocol version, a three-digit status code and a short reason for people. The first digit is the class: 1 information, 2 success, 3 redirection, 4 the client's error, 5 the server's error.</source>
        <translation>Unha resposta comeza coa versión do protocolo, un código de estado de tres cifras e un motivo breve para as persoas. A primeira cifra é a clase: 1 información, 2 éxito, 3 redirección, 4 erro do cliente, 5 erro do servidor.</translation>
    </message>
    <message>
        <source>Status line: version, code and reason</source>
        <translation>Liña de estado: versión, código e motivo</translation>
    </message>
    <message>
        <source>The request carries a body (a filled-in form, an uploaded file) for the server to process: logging in, sending a message. Its length is given by Content-Length.</source>
        <translation>A petición leva un corpo (un formulario cuberto, un ficheiro subido) para que o procese o servidor: iniciar sesión, enviar unha mensaxe. A súa lonxitude dáa Content-Length.</translation>
    </message>
    <message>
        <source>POST: send data to the server</source>
        <translation>POST: enviar datos ao servidor</translation>
    </message>
    <message>
        <source>Like GET, but the server sends only the status line and the header fields, not the body: enough to learn a resource's type and size.</source>
        <translation>Como GET, pero o servidor envía só a liña de estado e os campos de cabeceira, non o corpo: abonda para saber o tipo e o tamaño dun recurso.</translation>
    </message>
    <message>
        <source>HEAD: only the header fields</source>
        <translation>HEAD: só os campos de cabeceira</translation>
    </message>
    <message>
        <source>The browser asks for the page (or image, or file) named by the target. GET only reads: it must not change anything on the server, so a browser may repeat it.</source>
        <translation>O navegador pide a páxina (ou imaxe, ou ficheiro) que nomea o destino. GET só le: non debe cambiar nada no servidor, así que un navegador pode repetilo.</translation>
    </message>
    <message>
        <source>GET: ask for a resource</source>
        <translation>GET: pedir un recurso</translation>
    </message>
    <message>
        <source>An HTTP request starts with one line: the method (what to do), the target (which resource, a path such as /inbox with perhaps a ?query) and the protocol version, separated by single spaces. Header fields follow, one per line, then an empty line.</source>
        <translation>Unha petición HTTP comeza cunha liña: o método (que facer), o destino (que recurso, un camiño como /inbox, quizais cunha ?consulta) e a versión do protocolo, separados por un só espazo. Despois veñen os campos de cabeceira, un por liña, e unha liña baleira.</translation>
    </message>
    <message>
        <source>Request line: method, target and version</source>
        <translation>Liña de petición: método, destino e versión</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Autenticado</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Sen autenticar</translation>
    </message>
    <message>
        <source>Logout state</source>
        <translation>Estado de saída (logout)</translation>
    </message>
    <message>
        <source>Selected state</source>
        <translation>Estado seleccionado (selected)</translation>
    </message>
    <message>
        <source>Authenticated state</source>
        <translation>Estado autenticado (authenticated)</translation>
    </message>
    <message>
        <source>Not authenticated state</source>
        <translation>Estado non autenticado (not authenticated)</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>RFC 5321 (2008) replaced RFC 2821 (2001), the SMTP standard the course names, which had replaced RFC 821 (1982): the dialogue is the same.</source>
        <translation>O RFC 5321 (2008) substituíu o RFC 2821 (2001), o estándar de SMTP que nomea o curso, que substituíra o RFC 821 (1982): o diálogo é o mesmo.</translation>
    </message>
    <message>
        <source>RFC 5322 (2008) replaced RFC 2822 (2001), which had replaced RFC 822 (1982), the message format the course names: header fields, a blank line, the body.</source>
        <translation>O RFC 5322 (2008) substituíu o RFC 2822 (2001), que substituíra o RFC 822 (1982), o formato de mensaxe que nomea o curso: campos de cabeceira, unha liña en branco, o corpo.</translation>
    </message>
    <message>
        <source>RFC 3501 (IMAP4rev1, 2003) replaced RFC 2060, which had replaced RFC 1730, the IMAP the course names; RFC 9051 (2021) is IMAP4rev2.</source>
        <translation>O RFC 3501 (IMAP4rev1, 2003) substituíu o RFC 2060, que substituíra o RFC 1730, o IMAP que nomea o curso; o RFC 9051 (2021) é IMAP4rev2.</translation>
    </message>
    <message>
        <source>Sent before the reply to %1 came back (pipelining)</source>
        <translation>Enviado antes de que chegase a resposta a %1 (pipelining)</translation>
    </message>
    <message>
        <source>The server offered PIPELINING in its EHLO reply, so this client sends MAIL, RCPT and DATA in one go and then reads the replies, which come in the same order as the commands. The course's dialogue, with HELO, waits for each reply before the next command: look at the connection between the two servers.</source>
        <translation>O servidor ofreceu PIPELINING na súa resposta ao EHLO, así que este cliente envía MAIL, RCPT e DATA dunha vez e despois le as respostas, que chegan na mesma orde ca os comandos. O diálogo do curso, con HELO, agarda cada resposta antes do seguinte comando: mirade a conexión entre os dous servidores.</translation>
    </message>
    <message>
        <source>HELO: the client says hello and gives its name</source>
        <translation>HELO: o cliente saúda e di o seu nome</translation>
    </message>
    <message>
        <source>The client introduces itself with its domain name. This is the opening (handshake) phase: after the server's 220 greeting, nothing else can happen until the client has said HELO or EHLO. The server answers 250, and then the mail transfer phase can begin.</source>
        <translation>O cliente preséntase co seu nome de dominio. Esta é a fase de apertura (handshake): despois do saúdo 220 do servidor, non pode ocorrer nada máis ata que o cliente diga HELO ou EHLO. O servidor responde 250 e entón pode comezar a fase de transferencia do correo.</translation>
    </message>
    <message>
        <source>EHLO: extended hello, asking for the server's extensions</source>
        <translation>EHLO: saúdo estendido, que pregunta polas extensións do servidor</translation>
    </message>
    <message>
        <source>Like HELO, the client introduces itself, but EHLO also asks which extensions the server offers. The server answers with a reply of several 250 lines, one per extension (PIPELINING, SIZE, AUTH…). This is still the opening (handshake) phase.</source>
        <translation>Como con HELO, o cliente preséntase, pero EHLO tamén pregunta que extensións ofrece o servidor. O servidor responde con varias liñas 250, unha por extensión (PIPELINING, SIZE, AUTH…). Aínda estamos na fase de apertura (handshake).</translation>
    </message>
    <message>
        <source>MAIL FROM: the sender of the envelope</source>
        <translation>MAIL FROM: o remitente do sobre</translation>
    </message>
    <message>
        <source>The client starts a new message and gives the sender's address, the return address on the envelope. This begins the mail transfer phase. If the mail cannot be delivered later, the error report (a bounce) goes to this address. The server answers 250 if it accepts the sender.</source>
        <translation>O cliente comeza unha mensaxe nova e indica o enderezo do remitente, o enderezo de retorno que vai no sobre. Así comeza a fase de transferencia do correo. Se máis adiante o correo non se pode entregar, o informe de erro (un aviso de devolución) vai a este enderezo. O servidor responde 250 se acepta o remitente.</translation>
    </message>
    <message>
        <source>RCPT TO: one recipient of the envelope</source>
        <translation>RCPT TO: un destinatario do sobre</translation>
    </message>
    <message>
        <source>The client names one recipient; it sends one RCPT TO for each recipient. The server answers 250 if it will take mail for that address, or 550 if, for example, the mailbox does not exist. The servers deliver to these envelope addresses, not to the To: line inside the message.</source>
        <translation>O cliente indica un destinatario; envía un RCPT TO por cada destinatario. O servidor responde 250 se acepta correo para ese enderezo, ou 550 se, por exemplo, o buzón non existe. Os servidores entregan o correo a estes enderezos do sobre, non á liña To: de dentro da mensaxe.</translation>
    </message>
    <message>
        <source>DATA: the message itself comes next</source>
        <translation>DATA: a seguir vén a propia mensaxe</translation>
    </message>
    <message>
        <source>The client asks to send the message. The server answers 354, and then the client sends the message line by line: first the header (From, To, Subject…), a blank line, then the body. A line with only a dot "." ends the message.</source>
        <translation>O cliente pide enviar a mensaxe. O servidor responde 354 e entón o cliente envía a mensaxe liña a liña: primeiro a cabeceira (From, To, Subject…), despois unha liña en branco e, por último, o corpo. Unha liña cun só punto "." remata a mensaxe.</translation>
    </message>
    <message>
        <source>RSET: start again</source>
        <translation>RSET: comezar de novo</translation>
    </message>
    <message>
        <source>The client cancels the message it was sending: the sender, the recipients and any data are forgotten. The connection stays open and the server answers 250.</source>
        <translation>O cliente cancela a mensaxe que estaba a enviar: esquécense o remitente, os destinatarios e os datos que houbese. A conexión segue aberta e o servidor responde 250.</translation>
    </message>
    <message>
        <source>VRFY: does this user exist?</source>
        <translation>VRFY: existe este usuario?</translation>
    </message>
    <message>
        <source>The client asks whether an address exists. Spammers could use this to guess real addresses, so many servers, like this one, answer 252: they neither confirm nor deny, but they will accept mail for it.</source>
        <translation>O cliente pregunta se existe un enderezo. Quen envía correo lixo (spam) podería usalo para adiviñar enderezos reais, así que moitos servidores, coma este, responden 252: nin o confirman nin o negan, pero aceptarán correo para ese enderezo.</translation>
    </message>
    <message>
        <source>EXPN: expand a mailing list (not offered)</source>
        <translation>EXPN: expandir unha lista de correo (non dispoñible)</translation>
    </message>
    <message>
        <source>EXPN asks the server for the members of a mailing list. Like most servers today, this one does not offer it and answers 502, so that nobody can collect addresses.</source>
        <translation>EXPN pídelle ao servidor os membros dunha lista de correo. Como a maioría dos servidores actuais, este non ofrece esta orde e responde 502, para que ninguén poida recoller enderezos.</translation>
    </message>
    <message>
        <source>HELP: ask for help</source>
        <translation>HELP: pedir axuda</translation>
    </message>
    <message>
        <source>The client asks the server for help about its commands. The server answers 214 with a short text for a human. It is handy when you talk to a server by hand with telnet.</source>
        <translation>O cliente pídelle axuda ao servidor sobre as súas ordes. O servidor responde 214 cun texto curto para persoas. É útil cando se fala cun servidor a man con telnet.</translation>
    </message>
    <message>
        <source>NOOP: do nothing</source>
        <translation>NOOP: non facer nada</translation>
    </message>
    <message>
        <source>The client asks the server to do nothing and just answer 250. It checks that the connection is still alive.</source>
        <translation>O cliente pídelle ao servidor que non faga nada e que só responda 250. Serve para comprobar que a conexión segue activa.</translation>
    </message>
    <message>
        <source>QUIT: goodbye</source>
        <translation>QUIT: adeus</translation>
    </message>
    <message>
        <source>The client ends the session. This is the closing phase: the server answers 221 and closes the TCP connection.</source>
        <translation>O cliente remata a sesión. Esta é a fase de peche: o servidor responde 221 e pecha a conexión TCP.</translation>
    </message>
    <message>
        <source>AUTH: the client logs in</source>
        <translation>AUTH: o cliente inicia sesión</translation>
    </message>
    <message>
        <source>Before sending mail through its own server (on the submission port, 587), the user's mail client proves who it is with a user name and a password. AUTH belongs to the opening (handshake) phase, after EHLO. The server answers 235 if the login is right and 535 if it is not.</source>
        <translation>Antes de enviar correo a través do seu propio servidor (no porto de envío, o 587), o cliente de correo do usuario demostra quen é cun nome de usuario e un contrasinal. AUTH forma parte da fase de apertura (handshake), despois de EHLO. O servidor responde 235 se o inicio de sesión é correcto e 535 se non o é.</translation>
    </message>
    <message>
        <source>STARTTLS: switch to an encrypted connection (not offered without a certificate)</source>
        <translation>STARTTLS: pasar a unha conexión cifrada (non dispoñible sen certificado)</translation>
    </message>
    <message>
        <source>STARTTLS asks to encrypt the rest of the conversation with TLS, so that passwords and messages cannot be read on the way. A server with a certificate lists STARTTLS in its EHLO reply and answers 220; then the TLS handshake starts, and the client says EHLO again, because everything said before is forgotten. A server without a certificate answers 502.</source>
        <translation>STARTTLS pide cifrar o resto da conversa con TLS, para que os contrasinais e as mensaxes non se poidan ler polo camiño. Un servidor con certificado inclúe STARTTLS na súa resposta a EHLO e responde 220; entón comeza a negociación TLS, e o cliente volve dicir EHLO, porque todo o dito antes se esquece. Un servidor sen certificado responde 502.</translation>
    </message>
    <message>
        <source>BDAT: send the message in pieces (not offered)</source>
        <translation>BDAT: enviar a mensaxe en anacos (non dispoñible)</translation>
    </message>
    <message>
        <source>BDAT (the CHUNKING extension) sends the message in pieces of a known size instead of ending it with a dot. This server does not offer it and answers 502: use DATA.</source>
        <translation>BDAT (a extensión CHUNKING) envía a mensaxe en anacos dun tamaño coñecido en lugar de rematala cun punto. Este servidor non a ofrece e responde 502: hai que usar DATA.</translation>
    </message>
    <message>
        <source>ETRN: ask for queued mail (not offered)</source>
        <translation>ETRN: pedir o correo que está na cola (non dispoñible)</translation>
    </message>
    <message>
        <source>ETRN asks a server to send the mail it keeps in its queue for a domain. This server does not offer it and answers 502.</source>
        <translation>ETRN pídelle a un servidor que envíe o correo que garda na súa cola para un dominio. Este servidor non ofrece esta orde e responde 502.</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>Orde descoñecida</translation>
    </message>
    <message>
        <source>The server does not know this command and answers 500. SMTP commands are words such as HELO, EHLO, MAIL, RCPT, DATA and QUIT (upper or lower case both work). Check the spelling.</source>
        <translation>O servidor non coñece esta orde e responde 500. As ordes SMTP son palabras como HELO, EHLO, MAIL, RCPT, DATA e QUIT (funcionan tanto en maiúsculas como en minúsculas). Hai que revisar como está escrita.</translation>
    </message>
    <message>
        <source>An old command (not offered)</source>
        <translation>Unha orde antiga (non dispoñible)</translation>
    </message>
    <message>
        <source>This command comes from the first version of SMTP and is no longer used. The server knows it but answers 502: command not implemented.</source>
        <translation>Esta orde vén da primeira versión de SMTP e xa non se usa. O servidor coñécea, pero responde 502: orde non implementada.</translation>
    </message>
    <message>
        <source>PLAIN: name and password in one line</source>
        <translation>PLAIN: nome e contrasinal nunha soa liña</translation>
    </message>
    <message>
        <source>With PLAIN, the client sends the user name and the password together, encoded in base64. Base64 is only a way of writing bytes, not encryption: anyone who sees this line can decode the password. That is why real servers ask for an encrypted connection (TLS) first.</source>
        <translation>Con PLAIN, o cliente envía o nome de usuario e o contrasinal xuntos, codificados en base64. Base64 é só unha forma de escribir bytes, non é cifrado: calquera que vexa esta liña pode descodificar o contrasinal. Por iso os servidores reais piden antes unha conexión cifrada (TLS).</translation>
    </message>
    <message>
        <source>LOGIN: name and password one at a time</source>
        <translation>LOGIN: nome e contrasinal, un de cada vez</translation>
    </message>
    <message>
        <source>With LOGIN, the server asks for the user name and then for the password (two 334 replies), and the client answers each one in base64. LOGIN was never made a standard, but many mail clients use it.</source>
        <translation>Con LOGIN, o servidor pide o nome de usuario e despois o contrasinal (dúas respostas 334), e o cliente responde a cada unha en base64. LOGIN nunca chegou a ser un estándar, pero moitos clientes de correo úsano.</translation>
    </message>
    <message>
        <source>Answer to the login challenge</source>
        <translation>Resposta ao desafío de inicio de sesión</translation>
    </message>
    <message>
        <source>The client answers the server's 334 challenge with a line of base64: the user name, the password, or both. Anyone can decode base64: it hides nothing. A line with only "*" cancels the login.</source>
        <translation>O cliente responde ao desafío 334 do servidor cunha liña en base64: o nome de usuario, o contrasinal ou os dous. Calquera pode descodificar base64: non oculta nada. Unha liña só con "*" cancela o inicio de sesión.</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Inicio de sesión cancelado</translation>
    </message>
    <message>
        <source>A line with only "*" cancels the AUTH exchange. The server answers 501 and the client is still not logged in.</source>
        <translation>Unha liña só con "*" cancela o intercambio AUTH. O servidor responde 501 e o cliente segue sen iniciar sesión.</translation>
    </message>
    <message>
        <source>SIZE=: the size of the message, announced</source>
        <translation>SIZE=: o tamaño da mensaxe, anunciado de antemán</translation>
    </message>
    <message>
        <source>The client says in advance how many octets the message has, so that a server with a size limit can refuse it at once (552) instead of after receiving it.</source>
        <translation>O cliente di de antemán cantos octetos ten a mensaxe, para que un servidor cun límite de tamaño poida rexeitala de inmediato (552) en vez de despois de recibila.</translation>
    </message>
    <message>
        <source>BODY=: 7-bit or 8-bit text</source>
        <translation>BODY=: texto de 7 ou de 8 bits</translation>
    </message>
    <message>
        <source>The client says whether the message is plain 7-bit ASCII or contains 8-bit characters (BODY=8BITMIME), which the server allowed with 8BITMIME.</source>
        <translation>O cliente indica se a mensaxe é ASCII simple de 7 bits ou se contén caracteres de 8 bits (BODY=8BITMIME), que o servidor permitiu con 8BITMIME.</translation>
    </message>
    <message>
        <source>AUTH=: who submitted the message</source>
        <translation>AUTH=: quen enviou a mensaxe</translation>
    </message>
    <message>
        <source>The identity of the user who submitted the message, passed from server to server. This server accepts it but does not trust it.</source>
        <translation>A identidade do usuario que enviou a mensaxe, transmitida de servidor en servidor. Este servidor acéptaa, pero non se fía dela.</translation>
    </message>
    <message>
        <source>&lt;&gt;: the empty sender</source>
        <translation>&lt;&gt;: o remitente baleiro</translation>
    </message>
    <message>
        <source>An empty return address marks an error report (a bounce). Nobody answers a bounce with another bounce, so mail cannot go round in circles.</source>
        <translation>Un enderezo de retorno baleiro identifica un informe de erro (un aviso de devolución). Ninguén responde a un aviso de devolución con outro, así que o correo non pode quedar dando voltas sen fin.</translation>
    </message>
    <message>
        <source>211 System status</source>
        <translation>211 Estado do sistema</translation>
    </message>
    <message>
        <source>A reply with the status of the server, or system help. It is rarely seen and changes nothing in the session.</source>
        <translation>Unha resposta co estado do servidor ou con axuda do sistema. Vese poucas veces e non cambia nada na sesión.</translation>
    </message>
    <message>
        <source>214 Help message</source>
        <translation>214 Mensaxe de axuda</translation>
    </message>
    <message>
        <source>The answer to HELP: some text for a human about the commands. It changes nothing in the session.</source>
        <translation>A resposta a HELP: un texto para persoas sobre as ordes. Non cambia nada na sesión.</translation>
    </message>
    <message>
        <source>220 Service ready: the server's greeting</source>
        <translation>220 Servizo preparado: o saúdo do servidor</translation>
    </message>
    <message>
        <source>As soon as the TCP connection is open, the server speaks first: 220 and its name. This starts the opening (handshake) phase; the client answers with HELO or EHLO.</source>
        <translation>En canto se abre a conexión TCP, o servidor fala primeiro: 220 e o seu nome. Así comeza a fase de apertura (handshake); o cliente responde con HELO ou EHLO.</translation>
    </message>
    <message>
        <source>221 Closing the connection</source>
        <translation>221 Pechando a conexión</translation>
    </message>
    <message>
        <source>The server's answer to QUIT: it says goodbye and closes the TCP connection. This is the end of the closing phase.</source>
        <translation>A resposta do servidor a QUIT: despídese e pecha a conexión TCP. Este é o final da fase de peche.</translation>
    </message>
    <message>
        <source>235 Authentication successful</source>
        <translation>235 Autenticación correcta</translation>
    </message>
    <message>
        <source>The user name and the password are right: the user is logged in and may now send mail through this server. Next comes MAIL FROM.</source>
        <translation>O nome de usuario e o contrasinal son correctos: o usuario iniciou sesión e xa pode enviar correo a través deste servidor. Despois vén MAIL FROM.</translation>
    </message>
    <message>
        <source>250 OK</source>
        <translation>250 OK</translation>
    </message>
    <message>
        <source>The requested action went well. 2xx codes mean success; the client can go on with the next command.</source>
        <translation>A acción solicitada saíu ben. Os códigos 2xx indican éxito; o cliente pode continuar coa seguinte orde.</translation>
    </message>
    <message>
        <source>251 User not local; will forward</source>
        <translation>251 O usuario non é local; reenviarase</translation>
    </message>
    <message>
        <source>The recipient is not here, but the server knows where the user has moved and will pass the mail on.</source>
        <translation>O destinatario non está aquí, pero o servidor sabe a onde se mudou o usuario e reenviará o correo alí.</translation>
    </message>
    <message>
        <source>252 Cannot verify the user, but will try</source>
        <translation>252 Non se pode verificar o usuario, pero intentarase</translation>
    </message>
    <message>
        <source>The answer to VRFY: the server neither confirms nor denies that the address exists (to protect its users from spammers), but it will accept mail for it.</source>
        <translation>A resposta a VRFY: o servidor nin confirma nin nega que o enderezo exista (para protexer os seus usuarios de quen envía correo lixo), pero aceptará correo para ese enderezo.</translation>
    </message>
    <message>
        <source>334 Login challenge: go on</source>
        <translation>334 Desafío de inicio de sesión: adiante</translation>
    </message>
    <message>
        <source>The server waits for the next step of the login (AUTH). The text after 334 is base64; with LOGIN it says "Username:" or "Password:". The client answers with one line of base64. 3xx codes mean: go on.</source>
        <translation>O servidor agarda o seguinte paso do inicio de sesión (AUTH). O texto despois de 334 está en base64; con LOGIN di "Username:" ou "Password:". O cliente responde cunha liña en base64. Os códigos 3xx queren dicir: adiante.</translation>
    </message>
    <message>
        <source>354 Start the message; end it with a dot</source>
        <translation>354 Xa se pode enviar a mensaxe; remátase cun punto</translation>
    </message>
    <message>
        <source>The answer to DATA: the server is ready for the message. The client now sends the header, a blank line and the body, and ends with a line with only ".". 3xx codes mean: go on.</source>
        <translation>A resposta a DATA: o servidor está preparado para recibir a mensaxe. Agora o cliente envía a cabeceira, unha liña en branco e o corpo, e remata cunha liña só con ".". Os códigos 3xx queren dicir: adiante.</translation>
    </message>
    <message>
        <source>421 Service not available, closing</source>
        <translation>421 Servizo non dispoñible, pechando a conexión</translation>
    </message>
    <message>
        <source>The server is shutting down, has waited too long, or saw too many errors, and closes the connection. 4xx codes are temporary: a sending server keeps the message in its queue and tries again later.</source>
        <translation>O servidor estase a apagar, agardou demasiado tempo ou viu demasiados erros, e pecha a conexión. Os códigos 4xx son temporais: o servidor que envía garda a mensaxe na súa cola e volve intentalo máis tarde.</translation>
    </message>
    <message>
        <source>450 Mailbox unavailable (try later)</source>
        <translation>450 Buzón non dispoñible (inténtese máis tarde)</translation>
    </message>
    <message>
        <source>A temporary refusal: the mailbox is busy or cannot be used right now. 4xx codes mean "try again later": the sending server keeps the mail in its queue.</source>
        <translation>Un rexeitamento temporal: o buzón está ocupado ou agora mesmo non se pode usar. Os códigos 4xx queren dicir "inténtese de novo máis tarde": o servidor que envía garda o correo na súa cola.</translation>
    </message>
    <message>
        <source>451 Local error: action aborted (try later)</source>
        <translation>451 Erro local: acción interrompida (inténtese máis tarde)</translation>
    </message>
    <message>
        <source>Something went wrong inside the server. It is temporary: the client should try again later.</source>
        <translation>Algo foi mal dentro do servidor. É temporal: o cliente debería volver intentalo máis tarde.</translation>
    </message>
    <message>
        <source>452 Not enough room or too many recipients (try later)</source>
        <translation>452 Non hai espazo abondo ou hai demasiados destinatarios (inténtese máis tarde)</translation>
    </message>
    <message>
        <source>The server cannot take more right now: it has no space, or this message has too many recipients. It is temporary: the client sends the rest later.</source>
        <translation>Agora mesmo o servidor non pode aceptar máis: non ten espazo ou esta mensaxe ten demasiados destinatarios. É temporal: o cliente envía o resto máis tarde.</translation>
    </message>
    <message>
        <source>500 Syntax error: command not recognised</source>
        <translation>500 Erro de sintaxe: orde non recoñecida</translation>
    </message>
    <message>
        <source>The server did not understand the line: an unknown command, a line too long, or a line not ended with CR LF. 5xx codes are permanent: sending the same again fails again.</source>
        <translation>O servidor non entendeu a liña: unha orde descoñecida, unha liña demasiado longa ou unha liña que non remata en CR LF. Os códigos 5xx son permanentes: se se envía o mesmo outra vez, volve fallar.</translation>
    </message>
    <message>
        <source>501 Syntax error in the arguments</source>
        <translation>501 Erro de sintaxe nos argumentos</translation>
    </message>
    <message>
        <source>The command is known but what follows it is wrong, for example an address without &lt; &gt;. The reply shows the right syntax.</source>
        <translation>A orde é coñecida, pero o que vai despois dela está mal, por exemplo un enderezo sen &lt; &gt;. A resposta amosa a sintaxe correcta.</translation>
    </message>
    <message>
        <source>502 Command not implemented</source>
        <translation>502 Orde non implementada</translation>
    </message>
    <message>
        <source>The server knows this command but does not offer it.</source>
        <translation>O servidor coñece esta orde, pero non a ofrece.</translation>
    </message>
    <message>
        <source>503 Bad sequence of commands</source>
        <translation>503 Secuencia de ordes incorrecta</translation>
    </message>
    <message>
        <source>The command came in the wrong order, for example RCPT before MAIL, or MAIL before HELO. SMTP commands follow a fixed order: HELO or EHLO, MAIL, RCPT, DATA, and QUIT at the end.</source>
        <translation>A orde chegou fóra de secuencia, por exemplo RCPT antes de MAIL, ou MAIL antes de HELO. As ordes SMTP seguen unha secuencia fixa: HELO ou EHLO, MAIL, RCPT, DATA e, ao final, QUIT.</translation>
    </message>
    <message>
        <source>504 Parameter not implemented</source>
        <translation>504 Parámetro non implementado</translation>
    </message>
    <message>
        <source>The command is fine but this option is not supported, for example an unknown AUTH mechanism.</source>
        <translation>A orde está ben, pero esta opción non se admite, por exemplo un mecanismo de AUTH descoñecido.</translation>
    </message>
    <message>
        <source>530 Authentication required</source>
        <translation>530 Requírese autenticación</translation>
    </message>
    <message>
        <source>This server only takes mail from users who have logged in with AUTH. On the submission port (587) a mail client must log in first.</source>
        <translation>Este servidor só acepta correo de usuarios que iniciaron sesión con AUTH. No porto de envío (587), un cliente de correo ten que iniciar sesión primeiro.</translation>
    </message>
    <message>
        <source>535 Authentication failed</source>
        <translation>535 Fallou a autenticación</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. The client is not logged in.</source>
        <translation>O nome de usuario ou o contrasinal non son correctos. O cliente non iniciou sesión.</translation>
    </message>
    <message>
        <source>550 Mailbox unavailable</source>
        <translation>550 Buzón non dispoñible</translation>
    </message>
    <message>
        <source>A permanent refusal: usually the mailbox does not exist (user unknown). A sending server does not try again: it sends an error report (a bounce) to the sender.</source>
        <translation>Un rexeitamento permanente: normalmente o buzón non existe (usuario descoñecido). O servidor que envía non o volve intentar: envíalle ao remitente un informe de erro (un aviso de devolución).</translation>
    </message>
    <message>
        <source>551 User not local</source>
        <translation>551 O usuario non é local</translation>
    </message>
    <message>
        <source>The recipient is not here; the reply may say where to send the mail instead. The server will not pass it on itself.</source>
        <translation>O destinatario non está aquí; a resposta pode indicar a onde hai que enviar o correo. O servidor non o reenviará por si mesmo.</translation>
    </message>
    <message>
        <source>552 Too big: storage allocation exceeded</source>
        <translation>552 Demasiado grande: superouse o espazo de almacenamento asignado</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts, or the mailbox is full. It is permanent: trying again will not help.</source>
        <translation>A mensaxe é máis grande do que acepta o servidor, ou o buzón está cheo. É permanente: volver intentalo non servirá de nada.</translation>
    </message>
    <message>
        <source>553 Mailbox name not allowed</source>
        <translation>553 Nome de buzón non permitido</translation>
    </message>
    <message>
        <source>The address is not valid, for example it is badly written. Check the address.</source>
        <translation>O enderezo non é válido, por exemplo porque está mal escrito. Hai que revisar o enderezo.</translation>
    </message>
    <message>
        <source>554 Transaction failed</source>
        <translation>554 Fallou a transacción</translation>
    </message>
    <message>
        <source>The server refuses the message, for example because it does not relay mail for strangers, or because no recipient was accepted. It is permanent.</source>
        <translation>O servidor rexeita a mensaxe, por exemplo porque non reenvía correo de descoñecidos ou porque non se aceptou ningún destinatario. É permanente.</translation>
    </message>
    <message>
        <source>555 Parameter not recognised</source>
        <translation>555 Parámetro non recoñecido</translation>
    </message>
    <message>
        <source>The server does not understand a parameter added after the address in MAIL FROM or RCPT TO (such as SIZE= or BODY=).</source>
        <translation>O servidor non entende un parámetro engadido despois do enderezo en MAIL FROM ou RCPT TO (como SIZE= ou BODY=).</translation>
    </message>
    <message>
        <source>250: hello accepted</source>
        <translation>250: saúdo aceptado</translation>
    </message>
    <message>
        <source>The server accepts the greeting and gives its own name. The opening (handshake) is done: the client can start the mail transfer with MAIL FROM.</source>
        <translation>O servidor acepta o saúdo e di o seu propio nome. A apertura (handshake) xa está feita: o cliente pode comezar a transferencia do correo con MAIL FROM.</translation>
    </message>
    <message>
        <source>250: hello, and the list of extensions</source>
        <translation>250: saúdo e lista de extensións</translation>
    </message>
    <message>
        <source>The server accepts the greeting. The lines after this one list the extensions it offers, one per line; a dash after 250 means "more lines follow", and the last line has a space instead.</source>
        <translation>O servidor acepta o saúdo. As liñas seguintes enumeran as extensións que ofrece, unha por liña; un guión despois de 250 quere dicir "veñen máis liñas", e a última liña leva un espazo no seu lugar.</translation>
    </message>
    <message>
        <source>250: sender accepted</source>
        <translation>250: remitente aceptado</translation>
    </message>
    <message>
        <source>The server accepts the sender of the envelope. The mail transfer goes on: next, the client names the recipients with RCPT TO.</source>
        <translation>O servidor acepta o remitente do sobre. A transferencia do correo continúa: a seguir, o cliente indica os destinatarios con RCPT TO.</translation>
    </message>
    <message>
        <source>250: recipient accepted</source>
        <translation>250: destinatario aceptado</translation>
    </message>
    <message>
        <source>The server will take mail for this recipient: the mailbox is here, or (for a user who logged in) it will relay the mail towards the recipient's server. After the last recipient comes DATA.</source>
        <translation>O servidor aceptará correo para este destinatario: o buzón está aquí ou (para un usuario que iniciou sesión) reenviará o correo cara ao servidor do destinatario. Despois do último destinatario vén DATA.</translation>
    </message>
    <message>
        <source>250: message accepted</source>
        <translation>250: mensaxe aceptada</translation>
    </message>
    <message>
        <source>The server has taken the message and is now responsible for it: it is stored in the mailbox, or placed in the queue for the next server. The client can send another message or say QUIT.</source>
        <translation>O servidor recolleu a mensaxe e agora é responsable dela: gárdase no buzón ou ponse na cola para o seguinte servidor. O cliente pode enviar outra mensaxe ou dicir QUIT.</translation>
    </message>
    <message>
        <source>250: transaction reset</source>
        <translation>250: transacción reiniciada</translation>
    </message>
    <message>
        <source>The server has forgotten the message in progress. The client can start again with MAIL FROM.</source>
        <translation>O servidor esqueceu a mensaxe que estaba en curso. O cliente pode comezar de novo con MAIL FROM.</translation>
    </message>
    <message>
        <source>250: still here</source>
        <translation>250: sigo aquí</translation>
    </message>
    <message>
        <source>The answer to NOOP: nothing was done, and the connection is alive.</source>
        <translation>A resposta a NOOP: non se fixo nada e a conexión segue activa.</translation>
    </message>
    <message>
        <source>other or undefined status</source>
        <translation>outro estado ou estado non definido</translation>
    </message>
    <message>
        <source>No more precise detail is given.</source>
        <translation>Non se dá ningún detalle máis preciso.</translation>
    </message>
    <message>
        <source>address status</source>
        <translation>estado do enderezo</translation>
    </message>
    <message>
        <source>This is about an address (here, usually the sender's).</source>
        <translation>Refírese a un enderezo (aquí, normalmente o do remitente).</translation>
    </message>
    <message>
        <source>bad destination mailbox address</source>
        <translation>enderezo do buzón de destino incorrecto</translation>
    </message>
    <message>
        <source>The mailbox does not exist at the destination: the part before the @ is wrong or the user is unknown.</source>
        <translation>O buzón non existe no destino: a parte anterior á @ é incorrecta ou o usuario é descoñecido.</translation>
    </message>
    <message>
        <source>bad destination system address</source>
        <translation>enderezo do sistema de destino incorrecto</translation>
    </message>
    <message>
        <source>The domain after the @ does not exist or takes no mail.</source>
        <translation>O dominio que vai despois da @ non existe ou non acepta correo.</translation>
    </message>
    <message>
        <source>bad destination mailbox address syntax</source>
        <translation>sintaxe incorrecta no enderezo do buzón de destino</translation>
    </message>
    <message>
        <source>The recipient's address is badly written.</source>
        <translation>O enderezo do destinatario está mal escrito.</translation>
    </message>
    <message>
        <source>destination address valid</source>
        <translation>enderezo de destino válido</translation>
    </message>
    <message>
        <source>The recipient's address is good.</source>
        <translation>O enderezo do destinatario é correcto.</translation>
    </message>
    <message>
        <source>mailbox has moved</source>
        <translation>o buzón trasladouse</translation>
    </message>
    <message>
        <source>The user is no longer here and no new address is known.</source>
        <translation>O usuario xa non está aquí e non se coñece ningún enderezo novo.</translation>
    </message>
    <message>
        <source>bad sender's mailbox address syntax</source>
        <translation>sintaxe incorrecta no enderezo do buzón do remitente</translation>
    </message>
    <message>
        <source>The sender's address is badly written.</source>
        <translation>O enderezo do remitente está mal escrito.</translation>
    </message>
    <message>
        <source>bad sender's system address</source>
        <translation>enderezo do sistema do remitente incorrecto</translation>
    </message>
    <message>
        <source>The sender's domain does not exist or takes no mail.</source>
        <translation>O dominio do remitente non existe ou non acepta correo.</translation>
    </message>
    <message>
        <source>mailbox status</source>
        <translation>estado do buzón</translation>
    </message>
    <message>
        <source>Something about the mailbox itself.</source>
        <translation>Algo relacionado co propio buzón.</translation>
    </message>
    <message>
        <source>mailbox disabled</source>
        <translation>buzón desactivado</translation>
    </message>
    <message>
        <source>The mailbox exists but takes no messages now.</source>
        <translation>O buzón existe, pero agora non acepta mensaxes.</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <translation>buzón cheo</translation>
    </message>
    <message>
        <source>The recipient has no room left.</source>
        <translation>Ao destinatario non lle queda espazo.</translation>
    </message>
    <message>
        <source>message too long for the mailbox</source>
        <translation>mensaxe demasiado longa para o buzón</translation>
    </message>
    <message>
        <source>The message is bigger than this mailbox allows.</source>
        <translation>A mensaxe é máis grande do que permite este buzón.</translation>
    </message>
    <message>
        <source>mail system status</source>
        <translation>estado do sistema de correo</translation>
    </message>
    <message>
        <source>A problem in the receiving mail system.</source>
        <translation>Un problema no sistema de correo receptor.</translation>
    </message>
    <message>
        <source>mail system full</source>
        <translation>sistema de correo cheo</translation>
    </message>
    <message>
        <source>The server has run out of space.</source>
        <translation>O servidor quedou sen espazo.</translation>
    </message>
    <message>
        <source>message too big for the system</source>
        <translation>mensaxe demasiado grande para o sistema</translation>
    </message>
    <message>
        <source>The message is bigger than the server's limit (see SIZE).</source>
        <translation>A mensaxe supera o límite do servidor (véxase SIZE).</translation>
    </message>
    <message>
        <source>network or routing status</source>
        <translation>estado da rede ou do encamiñamento</translation>
    </message>
    <message>
        <source>A problem on the way between servers.</source>
        <translation>Un problema no camiño entre servidores.</translation>
    </message>
    <message>
        <source>no answer from host</source>
        <translation>sen resposta da máquina</translation>
    </message>
    <message>
        <source>The next server did not answer.</source>
        <translation>O seguinte servidor non respondeu.</translation>
    </message>
    <message>
        <source>bad connection</source>
        <translation>conexión defectuosa</translation>
    </message>
    <message>
        <source>The connection broke or was too slow.</source>
        <translation>A conexión cortouse ou era demasiado lenta.</translation>
    </message>
    <message>
        <source>unable to route</source>
        <translation>non se pode encamiñar</translation>
    </message>
    <message>
        <source>No way was found to the recipient's server (see DNS MX).</source>
        <translation>Non se atopou ningún camiño ata o servidor do destinatario (véxase DNS MX).</translation>
    </message>
    <message>
        <source>delivery time expired</source>
        <translation>esgotouse o tempo de entrega</translation>
    </message>
    <message>
        <source>The message waited in the queue for too long.</source>
        <translation>A mensaxe agardou na cola demasiado tempo.</translation>
    </message>
    <message>
        <source>protocol status</source>
        <translation>estado do protocolo</translation>
    </message>
    <message>
        <source>Something about the SMTP conversation itself.</source>
        <translation>Algo relacionado coa propia conversa SMTP.</translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation>orde non válida</translation>
    </message>
    <message>
        <source>The command is unknown, not offered, or not allowed at this point.</source>
        <translation>A orde é descoñecida, non se ofrece ou non está permitida neste momento.</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erro de sintaxe</translation>
    </message>
    <message>
        <source>The line could not be read as a command.</source>
        <translation>Non se puido interpretar a liña como unha orde.</translation>
    </message>
    <message>
        <source>too many recipients</source>
        <translation>demasiados destinatarios</translation>
    </message>
    <message>
        <source>The message has more recipients than the server takes at once.</source>
        <translation>A mensaxe ten máis destinatarios dos que o servidor acepta dunha vez.</translation>
    </message>
    <message>
        <source>invalid command arguments</source>
        <translation>argumentos da orde non válidos</translation>
    </message>
    <message>
        <source>The command is right but its arguments are not.</source>
        <translation>A orde é correcta, pero os seus argumentos non.</translation>
    </message>
    <message>
        <source>message content status</source>
        <translation>estado do contido da mensaxe</translation>
    </message>
    <message>
        <source>A problem with the content of the message.</source>
        <translation>Un problema co contido da mensaxe.</translation>
    </message>
    <message>
        <source>security or policy status</source>
        <translation>estado de seguridade ou de política</translation>
    </message>
    <message>
        <source>About security or the server's rules, for example logging in.</source>
        <translation>Sobre a seguridade ou as normas do servidor, por exemplo o inicio de sesión.</translation>
    </message>
    <message>
        <source>delivery not authorised</source>
        <translation>entrega non autorizada</translation>
    </message>
    <message>
        <source>The server's rules forbid this, for example relaying mail for someone who did not log in.</source>
        <translation>As normas do servidor prohíben isto, por exemplo reenviar correo de alguén que non iniciou sesión.</translation>
    </message>
    <message>
        <source>authentication credentials invalid</source>
        <translation>credenciais de autenticación non válidas</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>O nome de usuario ou o contrasinal non son correctos.</translation>
    </message>
    <message>
        <source>authentication mechanism too weak</source>
        <translation>mecanismo de autenticación demasiado débil</translation>
    </message>
    <message>
        <source>The server wants a safer way of logging in.</source>
        <translation>O servidor quere unha forma máis segura de iniciar sesión.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation>fallo temporal</translation>
    </message>
    <message>
        <source>permanent failure</source>
        <translation>fallo permanente</translation>
    </message>
    <message>
        <source>PIPELINING: several commands at once</source>
        <translation>PIPELINING: varias ordes á vez</translation>
    </message>
    <message>
        <source>The client may send MAIL, RCPT and DATA together without waiting for each answer; the replies then come back in the same order. This saves time on slow networks.</source>
        <translation>O cliente pode enviar MAIL, RCPT e DATA dunha vez, sen agardar cada resposta; despois as respostas chegan na mesma secuencia. Isto aforra tempo nas redes lentas.</translation>
    </message>
    <message>
        <source>SIZE: the largest message accepted</source>
        <translation>SIZE: a mensaxe máis grande que se acepta</translation>
    </message>
    <message>
        <source>The number is the biggest message, in octets, that this server takes. The client can announce the size of its message with MAIL FROM:&lt;…&gt; SIZE=n.</source>
        <translation>O número é o tamaño, en octetos, da mensaxe máis grande que acepta este servidor. O cliente pode anunciar o tamaño da súa mensaxe con MAIL FROM:&lt;…&gt; SIZE=n.</translation>
    </message>
    <message>
        <source>8BITMIME: 8-bit text allowed</source>
        <translation>8BITMIME: permítese texto de 8 bits</translation>
    </message>
    <message>
        <source>SMTP was made for 7-bit ASCII. With 8BITMIME the server also accepts text with 8-bit characters (accents, ñ…) without encoding it first.</source>
        <translation>SMTP creouse para ASCII de 7 bits. Con 8BITMIME, o servidor tamén acepta texto con caracteres de 8 bits (acentos, ñ…) sen codificalo antes.</translation>
    </message>
    <message>
        <source>ENHANCEDSTATUSCODES: more precise reply codes</source>
        <translation>ENHANCEDSTATUSCODES: códigos de resposta máis precisos</translation>
    </message>
    <message>
        <source>After the three-digit code, replies carry a second code such as 2.1.5 or 5.1.1: class, subject and detail, which say more exactly what happened.</source>
        <translation>Despois do código de tres díxitos, as respostas levan un segundo código como 2.1.5 ou 5.1.1: clase, tema e detalle, que indican con máis exactitude que pasou.</translation>
    </message>
    <message>
        <source>AUTH: users can log in</source>
        <translation>AUTH: os usuarios poden iniciar sesión</translation>
    </message>
    <message>
        <source>The server accepts AUTH, and lists the ways of logging in it knows (PLAIN, LOGIN). A mail client logs in before sending mail through its server.</source>
        <translation>O servidor acepta AUTH e enumera os xeitos de iniciar sesión que coñece (PLAIN, LOGIN). Un cliente de correo inicia sesión antes de enviar correo a través do seu servidor.</translation>
    </message>
    <message>
        <source>HELP: help is available</source>
        <translation>HELP: hai axuda dispoñible</translation>
    </message>
    <message>
        <source>The server answers the HELP command with a short text.</source>
        <translation>O servidor responde á orde HELP cun texto breve.</translation>
    </message>
    <message>
        <source>STARTTLS: encryption available</source>
        <translation>STARTTLS: cifrado dispoñible</translation>
    </message>
    <message>
        <source>The client may switch the connection to TLS so that nobody can read it.</source>
        <translation>O cliente pode pasar a conexión a TLS para que ninguén a poida ler.</translation>
    </message>
    <message>
        <source>CHUNKING: BDAT available</source>
        <translation>CHUNKING: BDAT dispoñible</translation>
    </message>
    <message>
        <source>The client may send the message in pieces with BDAT.</source>
        <translation>O cliente pode enviar a mensaxe en anacos con BDAT.</translation>
    </message>
    <message>
        <source>DSN: delivery status notifications</source>
        <translation>DSN: notificacións do estado da entrega</translation>
    </message>
    <message>
        <source>The client may ask to be told when the message is delivered or fails.</source>
        <translation>O cliente pode pedir que se lle avise cando a mensaxe se entregue ou cando falle a entrega.</translation>
    </message>
    <message>
        <source>SMTPUTF8: international addresses</source>
        <translation>SMTPUTF8: enderezos internacionais</translation>
    </message>
    <message>
        <source>Addresses may contain letters beyond ASCII.</source>
        <translation>Os enderezos poden conter letras que non están no ASCII.</translation>
    </message>
    <message>
        <source>USER: who is logging in</source>
        <translation>USER: quen inicia sesión</translation>
    </message>
    <message>
        <source>In the AUTHORIZATION state the client gives the user name of the mailbox it wants to open. The server answers +OK and waits for PASS.</source>
        <translation>No estado AUTHORIZATION o cliente indica o nome de usuario do buzón que quere abrir. O servidor responde +OK e agarda por PASS.</translation>
    </message>
    <message>
        <source>PASS: the password</source>
        <translation>PASS: o contrasinal</translation>
    </message>
    <message>
        <source>Right after USER, the client sends the password, in clear text. If it is right, the server answers +OK, locks the mailbox, and the session enters the TRANSACTION state. Anyone watching the network can read this line.</source>
        <translation>Xusto despois de USER, o cliente envía o contrasinal en texto claro. Se é correcto, o servidor responde +OK, bloquea o buzón e a sesión pasa ao estado TRANSACTION. Calquera que estea a vixiar a rede pode ler esta liña.</translation>
    </message>
    <message>
        <source>APOP: log in without sending the password</source>
        <translation>APOP: iniciar sesión sen enviar o contrasinal</translation>
    </message>
    <message>
        <source>Instead of USER and PASS, the client sends the user name and an MD5 digest of the greeting's timestamp and the password. The password itself never crosses the network. If the digest is right, the session enters the TRANSACTION state.</source>
        <translation>En lugar de USER e PASS, o cliente envía o nome de usuario e un resumo MD5 da marca de tempo do saúdo e do contrasinal. O contrasinal en si nunca viaxa pola rede. Se o resumo é correcto, a sesión pasa ao estado TRANSACTION.</translation>
    </message>
    <message>
        <source>STAT: how many messages?</source>
        <translation>STAT: cantas mensaxes hai?</translation>
    </message>
    <message>
        <source>The server answers +OK with the number of messages and their total size in octets. Messages marked for deletion are not counted.</source>
        <translation>O servidor responde +OK co número de mensaxes e o seu tamaño total en octetos. As mensaxes marcadas para borrar non se contan.</translation>
    </message>
    <message>
        <source>LIST: the list of messages</source>
        <translation>LIST: a lista de mensaxes</translation>
    </message>
    <message>
        <source>The server answers +OK and then one line per message: its number and its size in octets, ending with a line with only a dot. With a number (LIST 2) it answers about that message only.</source>
        <translation>O servidor responde +OK e despois unha liña por mensaxe: o seu número e o seu tamaño en octetos, e remata cunha liña que só ten un punto. Cun número (LIST 2) responde só sobre esa mensaxe.</translation>
    </message>
    <message>
        <source>RETR: download a message</source>
        <translation>RETR: descargar unha mensaxe</translation>
    </message>
    <message>
        <source>The client asks for the whole message with this number. The server answers +OK and sends the message line by line, header and body, ending with a line with only a dot.</source>
        <translation>O cliente pide a mensaxe completa que ten este número. O servidor responde +OK e envía a mensaxe liña a liña, cabeceira e corpo, e remata cunha liña que só ten un punto.</translation>
    </message>
    <message>
        <source>DELE: mark a message for deletion</source>
        <translation>DELE: marcar unha mensaxe para borrala</translation>
    </message>
    <message>
        <source>The message is only marked: it is really deleted in the UPDATE state, after QUIT. Until then RSET can undo it. This is the course's "download and delete" mode.</source>
        <translation>A mensaxe só queda marcada: bórrase de verdade no estado UPDATE, despois de QUIT. Ata entón, RSET pode desfacelo. Este é o modo "descarga e borrado" do curso.</translation>
    </message>
    <message>
        <source>The server just answers +OK. It keeps the connection alive.</source>
        <translation>O servidor só responde +OK. Serve para manter viva a conexión.</translation>
    </message>
    <message>
        <source>RSET: undo the deletions</source>
        <translation>RSET: desfacer os borrados</translation>
    </message>
    <message>
        <source>Every message marked with DELE is unmarked. Nothing was deleted yet: that only happens in the UPDATE state.</source>
        <translation>Todas as mensaxes marcadas con DELE quedan desmarcadas. Aínda non se borrou nada: iso só ocorre no estado UPDATE.</translation>
    </message>
    <message>
        <source>QUIT: finish, and delete what was marked</source>
        <translation>QUIT: rematar e borrar o que estaba marcado</translation>
    </message>
    <message>
        <source>The session enters the UPDATE state: the server deletes the messages marked with DELE, answers +OK and closes the connection.</source>
        <translation>A sesión pasa ao estado UPDATE: o servidor borra as mensaxes marcadas con DELE, responde +OK e pecha a conexión.</translation>
    </message>
    <message>
        <source>TOP: the header and the first lines</source>
        <translation>TOP: a cabeceira e as primeiras liñas</translation>
    </message>
    <message>
        <source>TOP n k asks for the header of message n and the first k lines of its body. The client can see who sent a message and its subject without downloading all of it.</source>
        <translation>TOP n k pide a cabeceira da mensaxe n e as k primeiras liñas do seu corpo. O cliente pode ver quen enviou unha mensaxe e cal é o seu asunto sen descargala enteira.</translation>
    </message>
    <message>
        <source>UIDL: unique identifiers</source>
        <translation>UIDL: identificadores únicos</translation>
    </message>
    <message>
        <source>The server gives each message an identifier that never changes between sessions. A client that keeps the mail on the server ("download and keep") uses it to know which messages it already has.</source>
        <translation>O servidor dálle a cada mensaxe un identificador que nunca cambia dunha sesión a outra. Un cliente que deixa o correo no servidor ("descarga e mantén") úsao para saber que mensaxes ten xa.</translation>
    </message>
    <message>
        <source>CAPA: what can this server do?</source>
        <translation>CAPA: que pode facer este servidor?</translation>
    </message>
    <message>
        <source>The server lists its capabilities, one per line (TOP, UIDL, USER…), ending with a dot. It is the POP3 counterpart of SMTP's EHLO.</source>
        <translation>O servidor enumera as súas capacidades, unha por liña (TOP, UIDL, USER…), e remata cun punto. É o equivalente en POP3 do EHLO de SMTP.</translation>
    </message>
    <message>
        <source>QUIT: leave before logging in</source>
        <translation>QUIT: saír antes de iniciar sesión</translation>
    </message>
    <message>
        <source>The client leaves while still in the AUTHORIZATION state. The server answers +OK and closes the connection; there is no UPDATE state, so nothing is deleted.</source>
        <translation>O cliente sae cando aínda está no estado AUTHORIZATION. O servidor responde +OK e pecha a conexión; non hai estado UPDATE, así que non se borra nada.</translation>
    </message>
    <message>
        <source>The server does not know this command and answers -ERR. POP3 commands are short keywords: USER, PASS, STAT, LIST, RETR, DELE, QUIT… (upper or lower case both work).</source>
        <translation>O servidor non coñece esta orde e responde -ERR. As ordes de POP3 son palabras clave curtas: USER, PASS, STAT, LIST, RETR, DELE, QUIT… (funcionan tanto en maiúsculas como en minúsculas).</translation>
    </message>
    <message>
        <source>+OK: the POP3 server is ready</source>
        <translation>+OK: o servidor POP3 está listo</translation>
    </message>
    <message>
        <source>The server greets the client as soon as the TCP connection is open. The session is in the AUTHORIZATION state: the client must log in with USER and PASS (or APOP). The text between &lt; &gt; is a timestamp that APOP uses.</source>
        <translation>O servidor saúda o cliente en canto se abre a conexión TCP. A sesión está no estado AUTHORIZATION: o cliente debe iniciar sesión con USER e PASS (ou APOP). O texto entre &lt; &gt; é unha marca de tempo que usa APOP.</translation>
    </message>
    <message>
        <source>+OK: the command worked</source>
        <translation>+OK: a orde funcionou</translation>
    </message>
    <message>
        <source>POP3 has only two answers: +OK when the command worked and -ERR when it did not, followed by some text for humans.</source>
        <translation>POP3 só ten dúas respostas: +OK cando a orde funcionou e -ERR cando non, seguidas dun texto para as persoas.</translation>
    </message>
    <message>
        <source>+OK: now the password</source>
        <translation>+OK: agora o contrasinal</translation>
    </message>
    <message>
        <source>The server has noted the user name and waits for PASS. It says +OK even for a name that does not exist, so that nobody can find out which names exist.</source>
        <translation>O servidor anotou o nome de usuario e agarda por PASS. Responde +OK mesmo para un nome que non existe, para que ninguén poida descubrir que nomes existen.</translation>
    </message>
    <message>
        <source>+OK: logged in</source>
        <translation>+OK: sesión iniciada</translation>
    </message>
    <message>
        <source>The password is right. The mailbox is locked for this session, and the session enters the TRANSACTION state: now the client can use STAT, LIST, RETR and DELE.</source>
        <translation>O contrasinal é correcto. O buzón queda bloqueado para esta sesión e a sesión pasa ao estado TRANSACTION: agora o cliente pode usar STAT, LIST, RETR e DELE.</translation>
    </message>
    <message>
        <source>The digest is right. The mailbox is locked for this session, and the session enters the TRANSACTION state.</source>
        <translation>O resumo é correcto. O buzón queda bloqueado para esta sesión e a sesión pasa ao estado TRANSACTION.</translation>
    </message>
    <message>
        <source>+OK: the list follows</source>
        <translation>+OK: a continuación vén a lista</translation>
    </message>
    <message>
        <source>How many messages there are and their total size. Next come the lines of the list, one per message, and a line with only a dot.</source>
        <translation>Cantas mensaxes hai e o seu tamaño total. Despois veñen as liñas da lista, unha por mensaxe, e unha liña que só ten un punto.</translation>
    </message>
    <message>
        <source>+OK: the message follows</source>
        <translation>+OK: a continuación vén a mensaxe</translation>
    </message>
    <message>
        <source>The size of the message in octets. Next comes the message, line by line, and a line with only a dot at the end.</source>
        <translation>O tamaño da mensaxe en octetos. Despois vén a mensaxe, liña a liña, e ao final unha liña que só ten un punto.</translation>
    </message>
    <message>
        <source>+OK: marked for deletion</source>
        <translation>+OK: marcada para borrar</translation>
    </message>
    <message>
        <source>The message is marked. It will be deleted after QUIT, in the UPDATE state.</source>
        <translation>A mensaxe está marcada. Borrarase despois de QUIT, no estado UPDATE.</translation>
    </message>
    <message>
        <source>+OK: goodbye</source>
        <translation>+OK: adeus</translation>
    </message>
    <message>
        <source>The server has removed the messages marked with DELE (UPDATE state) and closes the connection.</source>
        <translation>O servidor eliminou as mensaxes marcadas con DELE (estado UPDATE) e pecha a conexión.</translation>
    </message>
    <message>
        <source>-ERR: the command failed</source>
        <translation>-ERR: a orde fallou</translation>
    </message>
    <message>
        <source>Something was wrong: an unknown command, a wrong password, a message that does not exist… The text after -ERR says what. The session stays in the same state.</source>
        <translation>Algo saíu mal: unha orde descoñecida, un contrasinal incorrecto, unha mensaxe que non existe… O texto que vén despois de -ERR indica que pasou. A sesión segue no mesmo estado.</translation>
    </message>
    <message>
        <source>[IN-USE]: the mailbox is already open</source>
        <translation>[IN-USE]: o buzón xa está aberto</translation>
    </message>
    <message>
        <source>Another session is using this mailbox; POP3 gives one session at a time the mailbox to itself. Try again when the other client has finished.</source>
        <translation>Outra sesión está a usar este buzón; POP3 dálle o buzón en exclusiva a unha soa sesión de cada vez. Cómpre tentalo de novo cando o outro cliente remate.</translation>
    </message>
    <message>
        <source>[LOGIN-DELAY]: too soon</source>
        <translation>[LOGIN-DELAY]: demasiado pronto</translation>
    </message>
    <message>
        <source>The user logged in too recently; wait before trying again.</source>
        <translation>O usuario iniciou sesión hai moi pouco; cómpre agardar antes de tentalo de novo.</translation>
    </message>
    <message>
        <source>[AUTH]: wrong user name or password</source>
        <translation>[AUTH]: nome de usuario ou contrasinal incorrectos</translation>
    </message>
    <message>
        <source>The login failed because of the name or the password, not because of a problem in the server.</source>
        <translation>O inicio de sesión fallou por culpa do nome ou do contrasinal, non por un problema do servidor.</translation>
    </message>
    <message>
        <source>[SYS/TEMP]: temporary server problem</source>
        <translation>[SYS/TEMP]: problema temporal do servidor</translation>
    </message>
    <message>
        <source>The server has a problem; try again later.</source>
        <translation>O servidor ten un problema; cómpre tentalo de novo máis tarde.</translation>
    </message>
    <message>
        <source>[SYS/PERM]: server problem</source>
        <translation>[SYS/PERM]: problema do servidor</translation>
    </message>
    <message>
        <source>The server has a problem that will not go away by itself.</source>
        <translation>O servidor ten un problema que non se vai arranxar por si só.</translation>
    </message>
    <message>
        <source>Capability: TOP</source>
        <translation>Capacidade: TOP</translation>
    </message>
    <message>
        <source>The server offers TOP: the header and first lines of a message.</source>
        <translation>O servidor ofrece TOP: a cabeceira e as primeiras liñas dunha mensaxe.</translation>
    </message>
    <message>
        <source>Capability: USER</source>
        <translation>Capacidade: USER</translation>
    </message>
    <message>
        <source>The client may log in with USER and PASS.</source>
        <translation>O cliente pode iniciar sesión con USER e PASS.</translation>
    </message>
    <message>
        <source>Capability: SASL</source>
        <translation>Capacidade: SASL</translation>
    </message>
    <message>
        <source>The client may log in with AUTH and these mechanisms.</source>
        <translation>O cliente pode iniciar sesión con AUTH e con estes mecanismos.</translation>
    </message>
    <message>
        <source>Capability: RESP-CODES</source>
        <translation>Capacidade: RESP-CODES</translation>
    </message>
    <message>
        <source>Error answers may carry a code in brackets, such as [IN-USE], that a program can understand.</source>
        <translation>As respostas de erro poden levar un código entre corchetes, como [IN-USE], que un programa pode entender.</translation>
    </message>
    <message>
        <source>Capability: LOGIN-DELAY</source>
        <translation>Capacidade: LOGIN-DELAY</translation>
    </message>
    <message>
        <source>The shortest time allowed between two logins.</source>
        <translation>O tempo mínimo permitido entre dous inicios de sesión.</translation>
    </message>
    <message>
        <source>Capability: PIPELINING</source>
        <translation>Capacidade: PIPELINING</translation>
    </message>
    <message>
        <source>The client may send several commands without waiting for each answer.</source>
        <translation>O cliente pode enviar varias ordes sen agardar pola resposta a cada unha.</translation>
    </message>
    <message>
        <source>Capability: EXPIRE</source>
        <translation>Capacidade: EXPIRE</translation>
    </message>
    <message>
        <source>How many days the server keeps messages that were read.</source>
        <translation>Cantos días garda o servidor as mensaxes que xa se leron.</translation>
    </message>
    <message>
        <source>Capability: UIDL</source>
        <translation>Capacidade: UIDL</translation>
    </message>
    <message>
        <source>The server offers unique, lasting message identifiers.</source>
        <translation>O servidor ofrece identificadores de mensaxe únicos e permanentes.</translation>
    </message>
    <message>
        <source>Capability: IMPLEMENTATION</source>
        <translation>Capacidade: IMPLEMENTATION</translation>
    </message>
    <message>
        <source>The name of the server software.</source>
        <translation>O nome do software do servidor.</translation>
    </message>
    <message>
        <source>A line of the list: number and size</source>
        <translation>Unha liña da lista: número e tamaño</translation>
    </message>
    <message>
        <source>Each line gives a message number and its size in octets. The client uses the number with RETR and DELE.</source>
        <translation>Cada liña indica un número de mensaxe e o seu tamaño en octetos. O cliente usa o número con RETR e DELE.</translation>
    </message>
    <message>
        <source>A line of the list: number and unique identifier</source>
        <translation>Unha liña da lista: número e identificador único</translation>
    </message>
    <message>
        <source>Each line gives a message number and its unique identifier, which stays the same in every session.</source>
        <translation>Cada liña indica un número de mensaxe e o seu identificador único, que é o mesmo en todas as sesións.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <source>One thing this server can do, announced in answer to CAPA.</source>
        <translation>Algo que pode facer este servidor, anunciado na resposta a CAPA.</translation>
    </message>
    <message>
        <source>End of the multi-line answer</source>
        <translation>Fin da resposta de varias liñas</translation>
    </message>
    <message>
        <source>A line with only a dot ends the list or the message. If a line of the message itself starts with a dot, the server doubles that dot (byte-stuffing) so that it cannot be taken for the end.</source>
        <translation>Unha liña que só ten un punto remata a lista ou a mensaxe. Se unha liña da propia mensaxe comeza por un punto, o servidor duplica ese punto (byte-stuffing) para que non se poida confundir co final.</translation>
    </message>
    <message>
        <source>End of the message: a line with only a dot</source>
        <translation>Fin da mensaxe: unha liña que só ten un punto</translation>
    </message>
    <message>
        <source>CR LF . CR LF ends the message. The server now answers: 250 if it accepts the message. Then the client can send another message or QUIT to start the closing phase.</source>
        <translation>CR LF . CR LF remata a mensaxe. Agora responde o servidor: 250 se acepta a mensaxe. Despois o cliente pode enviar outra mensaxe ou QUIT para comezar a fase de peche.</translation>
    </message>
    <message>
        <source>A doubled dot (dot-stuffing)</source>
        <translation>Un punto duplicado (dot-stuffing)</translation>
    </message>
    <message>
        <source>This line of the message starts with a dot, so the sender added a second one; the receiver removes it. That way a line of text can never be taken for the lone dot that ends the message.</source>
        <translation>Esta liña da mensaxe comeza por un punto, así que o emisor engadiu outro; o receptor quítao. Deste xeito, unha liña de texto nunca se pode confundir co punto solitario que remata a mensaxe.</translation>
    </message>
    <message>
        <source>A doubled dot (byte-stuffing)</source>
        <translation>Un punto duplicado (byte-stuffing)</translation>
    </message>
    <message>
        <source>This line of the message starts with a dot, so the server added a second one; the client removes it. That way a line of text can never be taken for the lone dot that ends the answer.</source>
        <translation>Esta liña da mensaxe comeza por un punto, así que o servidor engadiu outro; o cliente quítao. Deste xeito, unha liña de texto nunca se pode confundir co punto solitario que remata a resposta.</translation>
    </message>
    <message>
        <source>Blank line: end of the header</source>
        <translation>Liña en branco: fin da cabeceira</translation>
    </message>
    <message>
        <source>The empty line separates the header (From, To, Subject…) from the body, the text of the message.</source>
        <translation>A liña baleira separa a cabeceira (From, To, Subject…) do corpo, que é o texto da mensaxe.</translation>
    </message>
    <message>
        <source>A line of the message body</source>
        <translation>Unha liña do corpo da mensaxe</translation>
    </message>
    <message>
        <source>Part of the text the sender wrote. It travels unchanged, line by line; each line ends with CR LF and may be at most 1000 octets long.</source>
        <translation>Parte do texto que escribiu o remitente. Viaxa sen cambios, liña a liña; cada liña remata con CR LF e pode ter como máximo 1000 octetos.</translation>
    </message>
    <message>
        <source>Continuation of a header field</source>
        <translation>Continuación dun campo da cabeceira</translation>
    </message>
    <message>
        <source>A header line that starts with a space or a tab continues the field above (folding), so that long fields fit in short lines.</source>
        <translation>Unha liña da cabeceira que comeza cun espazo ou cun tabulador continúa o campo de enriba (folding, ou pregado), para que os campos longos caiban en liñas curtas.</translation>
    </message>
    <message>
        <source>From: who wrote the message</source>
        <translation>From: quen escribiu a mensaxe</translation>
    </message>
    <message>
        <source>The author's address, as the reader's mail client shows it. It belongs to the message, not to the envelope: the servers used MAIL FROM, which can be different.</source>
        <translation>O enderezo do autor, tal como o amosa o cliente de correo de quen le a mensaxe. Pertence á mensaxe, non ao sobre: os servidores usaron MAIL FROM, que pode ser diferente.</translation>
    </message>
    <message>
        <source>Sender: who actually sent it</source>
        <translation>Sender: quen a enviou realmente</translation>
    </message>
    <message>
        <source>Used when the person who sends the message is not its author, such as a secretary.</source>
        <translation>Úsase cando a persoa que envía a mensaxe non é quen a escribiu, por exemplo, un secretario ou unha secretaria.</translation>
    </message>
    <message>
        <source>Reply-To: where answers should go</source>
        <translation>Reply-To: a onde deben ir as respostas</translation>
    </message>
    <message>
        <source>Replies go to this address instead of the From: address.</source>
        <translation>As respostas van a este enderezo en lugar de ao enderezo de From:.</translation>
    </message>
    <message>
        <source>To: the main recipients</source>
        <translation>To: os destinatarios principais</translation>
    </message>
    <message>
        <source>The addresses the message is written to, as the reader sees them. The servers do not deliver by this line: they use RCPT TO from the envelope.</source>
        <translation>Os enderezos aos que vai dirixida a mensaxe, tal como os ve quen a le. Os servidores non entregan segundo esta liña: usan o RCPT TO do sobre.</translation>
    </message>
    <message>
        <source>Cc: copies</source>
        <translation>Cc: copias</translation>
    </message>
    <message>
        <source>Other recipients who get a copy; everyone can see them.</source>
        <translation>Outros destinatarios que reciben unha copia; todo o mundo os pode ver.</translation>
    </message>
    <message>
        <source>Bcc: hidden copies</source>
        <translation>Bcc: copias ocultas</translation>
    </message>
    <message>
        <source>Recipients the others do not see.</source>
        <translation>Destinatarios que os demais non ven.</translation>
    </message>
    <message>
        <source>Subject: what the message is about</source>
        <translation>Subject: de que trata a mensaxe</translation>
    </message>
    <message>
        <source>A short line the reader sees in the list of messages. It is optional.</source>
        <translation>Unha liña curta que quen le ve na lista de mensaxes. É opcional.</translation>
    </message>
    <message>
        <source>Date: when the message was written</source>
        <translation>Date: cando se escribiu a mensaxe</translation>
    </message>
    <message>
        <source>The date and time the author's mail client sent the message, with its time zone.</source>
        <translation>A data e a hora en que o cliente de correo do autor enviou a mensaxe, co seu fuso horario.</translation>
    </message>
    <message>
        <source>Message-ID: a unique name for this message</source>
        <translation>Message-ID: un nome único para esta mensaxe</translation>
    </message>
    <message>
        <source>An identifier that no other message in the world has, made by the sender's mail client. Replies use it to refer to this message.</source>
        <translation>Un identificador que non ten ningunha outra mensaxe do mundo, creado polo cliente de correo do remitente. As respostas úsano para facer referencia a esta mensaxe.</translation>
    </message>
    <message>
        <source>In-Reply-To: the message this one answers</source>
        <translation>In-Reply-To: a mensaxe á que responde esta</translation>
    </message>
    <message>
        <source>The Message-ID of the message being answered.</source>
        <translation>O Message-ID da mensaxe á que se responde.</translation>
    </message>
    <message>
        <source>References: the conversation so far</source>
        <translation>References: a conversa ata agora</translation>
    </message>
    <message>
        <source>The Message-IDs of the earlier messages in the conversation.</source>
        <translation>Os Message-ID das mensaxes anteriores da conversa.</translation>
    </message>
    <message>
        <source>Received: a stamp from each server on the way</source>
        <translation>Received: un selo de cada servidor do camiño</translation>
    </message>
    <message>
        <source>Every server that passes the message on adds a Received: field at the top, saying where the message came from, who received it and when. Read from the bottom up, they show the path of the message.</source>
        <translation>Cada servidor que reenvía a mensaxe engade un campo Received: na parte de arriba, que indica de onde veu a mensaxe, quen a recibiu e cando. Lidos de abaixo cara a arriba, eses campos amosan o camiño da mensaxe.</translation>
    </message>
    <message>
        <source>Return-Path: where errors go</source>
        <translation>Return-Path: a onde van os erros</translation>
    </message>
    <message>
        <source>The last server, which stores the message in the mailbox, writes here the sender of the envelope (MAIL FROM). Error reports about this message go to this address.</source>
        <translation>O último servidor, o que garda a mensaxe no buzón, escribe aquí o remitente do sobre (MAIL FROM). Os informes de erro sobre esta mensaxe van a este enderezo.</translation>
    </message>
    <message>
        <source>MIME-Version: the message uses MIME</source>
        <translation>MIME-Version: a mensaxe usa MIME</translation>
    </message>
    <message>
        <source>The message follows MIME, the extensions that allow accents, other languages, attachments and pictures in e-mail.</source>
        <translation>A mensaxe segue MIME, as extensións que permiten usar acentos, outras linguas, ficheiros adxuntos e imaxes no correo-e.</translation>
    </message>
    <message>
        <source>Content-Type: what kind of content</source>
        <translation>Content-Type: que tipo de contido</translation>
    </message>
    <message>
        <source>What the body is, for example text/plain (plain text) or text/html, and its character set, such as UTF-8. MIME also uses it for attachments (multipart).</source>
        <translation>Que é o corpo, por exemplo text/plain (texto plano) ou text/html, e o seu xogo de caracteres, como UTF-8. MIME tamén o usa para os adxuntos (multipart).</translation>
    </message>
    <message>
        <source>Content-Transfer-Encoding: how the body is written</source>
        <translation>Content-Transfer-Encoding: como está codificado o corpo</translation>
    </message>
    <message>
        <source>How the body was turned into lines that SMTP can carry: 7bit (plain ASCII), 8bit, quoted-printable or base64.</source>
        <translation>Como se converteu o corpo en liñas que SMTP poida transportar: 7bit (ASCII simple), 8bit, quoted-printable ou base64.</translation>
    </message>
    <message>
        <source>A header field</source>
        <translation>Un campo da cabeceira</translation>
    </message>
    <message>
        <source>A field of the message header: a name, a colon and a value. Fields that a mail client does not know are simply kept.</source>
        <translation>Un campo da cabeceira da mensaxe: un nome, dous puntos e un valor. Os campos que un cliente de correo non coñece simplemente consérvanse.</translation>
    </message>
    <message>
        <source>A TCP connection opens</source>
        <translation>Ábrese unha conexión TCP</translation>
    </message>
    <message>
        <source>Before any SMTP or POP3 line, the client opens a TCP connection to the server's port (25 for SMTP between servers, 587 for submission, 110 for POP3) with the three-way handshake: SYN, SYN-ACK, ACK. TCP then carries the lines reliably and in order. The server speaks first, with its greeting.</source>
        <translation>Antes de calquera liña SMTP ou POP3, o cliente abre unha conexión TCP co porto do servidor (25 para SMTP entre servidores, 587 para o envío desde o cliente de correo ou submission, 110 para POP3) cunha apertura en tres pasos: SYN, SYN-ACK, ACK. Despois, TCP leva as liñas de xeito fiable e en orde. O servidor fala primeiro, co seu saúdo.</translation>
    </message>
    <message>
        <source>The TCP connection closes</source>
        <translation>Péchase a conexión TCP</translation>
    </message>
    <message>
        <source>The connection ends, normally after QUIT and its answer (221 in SMTP, +OK in POP3). Each side sends a FIN segment to say it has finished.</source>
        <translation>A conexión remata, normalmente despois de QUIT e da súa resposta (221 en SMTP, +OK en POP3). Cada lado envía un segmento FIN para indicar que rematou.</translation>
    </message>
    <message>
        <source>DNS: which server takes mail for this domain?</source>
        <translation>DNS: que servidor recibe o correo deste dominio?</translation>
    </message>
    <message>
        <source>To send mail to user@domain, a server asks DNS for the domain's MX records: the names of its mail servers, each with a preference number (the lowest is tried first). If there is no MX record, the domain itself is tried. Then the server opens a TCP connection to port 25.</source>
        <translation>Para enviar correo a usuario@dominio, un servidor pídelle ao DNS os rexistros MX do dominio: os nomes dos seus servidores de correo, cada un cun número de preferencia (próbase primeiro o máis baixo). Se non hai ningún rexistro MX, próbase co propio dominio. Despois, o servidor abre unha conexión TCP co porto 25.</translation>
    </message>
    <message>
        <source>The message queue</source>
        <translation>A cola de mensaxes</translation>
    </message>
    <message>
        <source>A server that must pass a message on keeps it in a queue until the next server accepts it. If that server cannot be reached or answers with a 4xx code, the message waits and is tried again later, waiting longer each time (back-off). After too many attempts, or after a 5xx code, the sender gets an error report.</source>
        <translation>Un servidor que ten que reenviar unha mensaxe gárdaa nunha cola ata que o seguinte servidor a acepta. Se non se pode contactar con ese servidor ou este responde cun código 4xx, a mensaxe agarda e vólvese tentar máis tarde, cunha espera cada vez máis longa (back-off). Despois de demasiados intentos, ou tras un código 5xx, o remitente recibe un informe de erro.</translation>
    </message>
    <message>
        <source>Delivery: into the mailbox, or back to the sender</source>
        <translation>Entrega: ao buzón ou de volta ao remitente</translation>
    </message>
    <message>
        <source>The last server stores the message in the recipient's mailbox, adding Return-Path:; there it waits until the recipient downloads it with POP3. If the message cannot be delivered, the server sends an error report (a bounce) to the sender of the envelope.</source>
        <translation>O último servidor garda a mensaxe no buzón do destinatario e engade Return-Path:; alí agarda ata que o destinatario a descarga con POP3. Se a mensaxe non se pode entregar, o servidor envía un informe de erro (un aviso de devolución ou bounce) ao remitente do sobre.</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Avisos de devolución</translation>
    </message>
    <message>
        <source>An error report is sent from the empty sender &lt;&gt;, so that it never causes another one.</source>
        <translation>Os informes de erro envíanse desde o remitente baleiro &lt;&gt;, para que nunca provoquen outro informe.</translation>
    </message>
    <message>
        <source>A step of the story</source>
        <translation>Un paso da historia</translation>
    </message>
    <message>
        <source>The scenario's narration: what happens next, in the words of the course.</source>
        <translation>A narración do escenario: o que pasa a continuación, coas palabras do curso.</translation>
    </message>
    <message>
        <source>A check of the scenario</source>
        <translation>Unha comprobación do escenario</translation>
    </message>
    <message>
        <source>The scenario checks that the world is as expected, for example that a mailbox holds a message. OK means it is; FAILED means something went differently.</source>
        <translation>O escenario comproba que todo está como se esperaba, por exemplo, que un buzón contén unha mensaxe. OK significa que si; FAILED significa que algo saíu doutro xeito.</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Unha nota</translation>
    </message>
    <message>
        <source>Something worth knowing that is not a line of a protocol, such as a connection that could not be made or a server that stopped listening.</source>
        <translation>Algo que convén saber e que non é unha liña dun protocolo, como unha conexión que non se puido establecer ou un servidor que deixou de escoitar.</translation>
    </message>
    <message>
        <source>A reply without a valid code</source>
        <translation>Unha resposta sen código válido</translation>
    </message>
    <message>
        <source>Every SMTP reply starts with a three-digit code. This line does not, so a client cannot understand it.</source>
        <translation>Toda resposta SMTP comeza cun código de tres díxitos. Esta liña non, así que un cliente non a pode entender.</translation>
    </message>
    <message>
        <source>An extension the server offers</source>
        <translation>Unha extensión que ofrece o servidor</translation>
    </message>
    <message>
        <source>A line of the answer to EHLO: one extension keyword, with its parameters.</source>
        <translation>Unha liña da resposta a EHLO: a palabra clave dunha extensión, cos seus parámetros.</translation>
    </message>
    <message>
        <source>The dash after the code means that more lines of this reply follow.</source>
        <translation>O guión despois do código indica que esta resposta continúa en máis liñas.</translation>
    </message>
    <message>
        <source>The challenge decoded</source>
        <translation>O desafío descodificado</translation>
    </message>
    <message>
        <source>In base64, "%1" means "%2".</source>
        <translation>En base64, "%1" significa "%2".</translation>
    </message>
    <message>
        <source>[%1]: a response code</source>
        <translation>[%1]: un código de resposta</translation>
    </message>
    <message>
        <source>A code in brackets that a program can understand.</source>
        <translation>Un código entre corchetes que un programa pode entender.</translation>
    </message>
    <message>
        <source>+OK: %1 worked</source>
        <translation>+OK: %1 funcionou</translation>
    </message>
    <message>
        <source>%1: success</source>
        <translation>%1: éxito</translation>
    </message>
    <message>
        <source>A 2xx code: the requested action was completed.</source>
        <translation>Un código 2xx: a acción solicitada completouse.</translation>
    </message>
    <message>
        <source>%1: go on</source>
        <translation>%1: adiante</translation>
    </message>
    <message>
        <source>A 3xx code: the server waits for more from the client.</source>
        <translation>Un código 3xx: o servidor agarda que o cliente envíe máis.</translation>
    </message>
    <message>
        <source>%1: temporary failure</source>
        <translation>%1: fallo temporal</translation>
    </message>
    <message>
        <source>A 4xx code: it did not work this time, but it may work later. A sending server keeps the message in its queue and tries again.</source>
        <translation>Un código 4xx: esta vez non funcionou, pero pode funcionar máis tarde. Un servidor que está a enviar garda a mensaxe na súa cola e téntao de novo.</translation>
    </message>
    <message>
        <source>%1: permanent failure</source>
        <translation>%1: fallo permanente</translation>
    </message>
    <message>
        <source>A 5xx code: it did not work and will not work if tried again the same way.</source>
        <translation>Un código 5xx: non funcionou e non funcionará se se tenta outra vez do mesmo xeito.</translation>
    </message>
    <message>
        <source>%1: not a valid reply code</source>
        <translation>%1: non é un código de resposta válido</translation>
    </message>
    <message>
        <source>SMTP reply codes start with 2, 3, 4 or 5.</source>
        <translation>Os códigos de resposta SMTP comezan por 2, 3, 4 ou 5.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enhanced status code (%1): %2 %3</source>
        <translation>Código de estado ampliado (%1): %2 %3</translation>
    </message>
    <message>
        <source>The three numbers are class, subject and detail.</source>
        <translation>Os tres números son a clase, o tema e o detalle.</translation>
    </message>
    <message>
        <source>%1: enhanced status code</source>
        <translation>%1: código de estado ampliado</translation>
    </message>
    <message>
        <source>Enhanced status code (%1). The three numbers are class, subject and detail.</source>
        <translation>Código de estado ampliado (%1). Os tres números son a clase, o tema e o detalle.</translation>
    </message>
    <message>
        <source>%1: a header field</source>
        <translation>%1: un campo da cabeceira</translation>
    </message>
    <message>
        <source>Opening (handshake)</source>
        <translation>Apertura (handshake)</translation>
    </message>
    <message>
        <source>Mail transfer</source>
        <translation>Transferencia do correo</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Peche</translation>
    </message>
    <message>
        <source>AUTHORIZATION state</source>
        <translation>Estado AUTHORIZATION (autorización)</translation>
    </message>
    <message>
        <source>TRANSACTION state</source>
        <translation>Estado TRANSACTION (transacción)</translation>
    </message>
    <message>
        <source>UPDATE state</source>
        <translation>Estado UPDATE (actualización)</translation>
    </message>
    <message>
        <source>Content-Disposition: show it, or keep it as a file</source>
        <translation>Content-Disposition: amosala ou gardala como ficheiro</translation>
    </message>
    <message>
        <source>Says whether a part is shown in the message (inline) or is an attachment, and its file name; a name with accents is written with RFC 2231's filename*=.</source>
        <translation>Indica se unha parte se amosa na mensaxe (inline) ou é un adxunto, e o seu nome de ficheiro; un nome con acentos escríbese co filename*= do RFC 2231.</translation>
    </message>
    <message>
        <source>CAPABILITY: what can this server do?</source>
        <translation>CAPABILITY: que pode facer este servidor?</translation>
    </message>
    <message>
        <source>The client asks for the server&apos;s capabilities: IMAP4rev1 and the extensions it offers (IDLE, MOVE, UIDPLUS…). The answer comes untagged (* CAPABILITY), then the tagged OK.</source>
        <translation>O cliente pregunta polas capacidades do servidor: IMAP4rev1 e as extensións que ofrece (IDLE, MOVE, UIDPLUS…). A resposta chega sen etiqueta (* CAPABILITY) e despois vén o OK coa etiqueta.</translation>
    </message>
    <message>
        <source>NOOP: anything new?</source>
        <translation>NOOP: hai algo novo?</translation>
    </message>
    <message>
        <source>It does nothing, but before its OK the server tells what changed in the selected mailbox: new messages (EXISTS), deleted ones (EXPUNGE), changed flags.</source>
        <translation>Non fai nada, pero antes do seu OK o servidor conta que cambiou no buzón seleccionado: mensaxes novas (EXISTS), mensaxes borradas (EXPUNGE), marcas que cambiaron.</translation>
    </message>
    <message>
        <source>LOGOUT: end the session</source>
        <translation>LOGOUT: rematar a sesión</translation>
    </message>
    <message>
        <source>The server says BYE, answers OK and closes the connection. Unlike POP3&apos;s QUIT, nothing is deleted: the mail stays on the server.</source>
        <translation>O servidor di BYE, responde OK e pecha a conexión. A diferenza do QUIT de POP3, non se borra nada: o correo queda no servidor.</translation>
    </message>
    <message>
        <source>LOGIN: user name and password</source>
        <translation>LOGIN: nome de usuario e contrasinal</translation>
    </message>
    <message>
        <source>The client logs in with a user name and a password, in clear text on this connection. If they are right the session goes from the not authenticated state to the authenticated state.</source>
        <translation>O cliente inicia sesión cun nome de usuario e un contrasinal, en texto claro nesta conexión. Se son correctos, a sesión pasa do estado non autenticado ao estado autenticado.</translation>
    </message>
    <message>
        <source>AUTHENTICATE: log in with a SASL mechanism</source>
        <translation>AUTHENTICATE: iniciar sesión cun mecanismo SASL</translation>
    </message>
    <message>
        <source>With PLAIN, the user name and the password go in base64 after the server&apos;s &quot;+&quot;. Base64 is not encryption: anyone watching the network can decode it.</source>
        <translation>Con PLAIN, o nome de usuario e o contrasinal van en base64 despois do &quot;+&quot; do servidor. Base64 non é cifrado: calquera que estea a vixiar a rede pode descodificalo.</translation>
    </message>
    <message>
        <source>SELECT: open a mailbox</source>
        <translation>SELECT: abrir un buzón</translation>
    </message>
    <message>
        <source>The client opens a mailbox (a folder) to work in it. The server tells how many messages it holds (EXISTS), which flags exist, and its UIDVALIDITY and UIDNEXT; the session enters the selected state.</source>
        <translation>O cliente abre un buzón (un cartafol) para traballar nel. O servidor indica cantas mensaxes contén (EXISTS), que marcas existen e os seus UIDVALIDITY e UIDNEXT; a sesión pasa ao estado seleccionado.</translation>
    </message>
    <message>
        <source>EXAMINE: open a mailbox read-only</source>
        <translation>EXAMINE: abrir un buzón só para lectura</translation>
    </message>
    <message>
        <source>Like SELECT, but nothing in the mailbox can change: no flag is set, not even \Seen when a message is read.</source>
        <translation>Como SELECT, pero nada do buzón pode cambiar: non se pon ningunha marca, nin sequera \Seen cando se le unha mensaxe.</translation>
    </message>
    <message>
        <source>CREATE: a new folder</source>
        <translation>CREATE: un cartafol novo</translation>
    </message>
    <message>
        <source>The mail stays on the server, organised in folders the user creates. &quot;/&quot; separates the levels (Escola/Redes).</source>
        <translation>O correo queda no servidor, organizado en cartafoles que crea o usuario. &quot;/&quot; separa os niveis (Escola/Redes).</translation>
    </message>
    <message>
        <source>DELETE: remove a folder</source>
        <translation>DELETE: eliminar un cartafol</translation>
    </message>
    <message>
        <source>The folder and the messages in it are deleted. INBOX cannot be deleted.</source>
        <translation>Bórranse o cartafol e as mensaxes que contén. INBOX non se pode borrar.</translation>
    </message>
    <message>
        <source>RENAME: rename a folder</source>
        <translation>RENAME: cambiar o nome dun cartafol</translation>
    </message>
    <message>
        <source>The folder (and the folders inside it) takes the new name.</source>
        <translation>O cartafol (e os cartafoles que hai dentro del) toma o novo nome.</translation>
    </message>
    <message>
        <source>SUBSCRIBE: show this folder</source>
        <translation>SUBSCRIBE: amosar este cartafol</translation>
    </message>
    <message>
        <source>The folder joins the list the client shows (LSUB).</source>
        <translation>O cartafol entra na lista que amosa o cliente (LSUB).</translation>
    </message>
    <message>
        <source>UNSUBSCRIBE: hide this folder</source>
        <translation>UNSUBSCRIBE: agochar este cartafol</translation>
    </message>
    <message>
        <source>The folder leaves the list the client shows (LSUB); it is not deleted.</source>
        <translation>O cartafol sae da lista que amosa o cliente (LSUB); non se borra.</translation>
    </message>
    <message>
        <source>LIST: which folders are there?</source>
        <translation>LIST: que cartafoles hai?</translation>
    </message>
    <message>
        <source>The server answers one * LIST line per folder that matches the pattern (&quot;*&quot; matches anything, &quot;%&quot; does not go down a level), with its attributes (\Sent, \Trash…) and the level separator.</source>
        <translation>O servidor responde cunha liña * LIST por cada cartafol que encaixa co patrón (&quot;*&quot; encaixa con calquera cousa, &quot;%&quot; non baixa de nivel), cos seus atributos (\Sent, \Trash…) e o separador de niveis.</translation>
    </message>
    <message>
        <source>LSUB: the subscribed folders</source>
        <translation>LSUB: os cartafoles subscritos</translation>
    </message>
    <message>
        <source>Like LIST, but only the folders the user subscribed to.</source>
        <translation>Como LIST, pero só os cartafoles aos que se subscribiu o usuario.</translation>
    </message>
    <message>
        <source>STATUS: a folder&apos;s counts, without opening it</source>
        <translation>STATUS: os recontos dun cartafol, sen abrilo</translation>
    </message>
    <message>
        <source>How many messages, how many unseen, the next UID… of a folder that is not the selected one.</source>
        <translation>Cantas mensaxes hai, cantas sen ler, o seguinte UID… dun cartafol que non é o seleccionado.</translation>
    </message>
    <message>
        <source>APPEND: put a message in a folder</source>
        <translation>APPEND: poñer unha mensaxe nun cartafol</translation>
    </message>
    <message>
        <source>The client uploads a whole message as a literal, for example to keep a copy of what it sent in Sent, as webmail does.</source>
        <translation>O cliente sobe unha mensaxe enteira como literal, por exemplo para gardar en Sent unha copia do que enviou, como fai o webmail.</translation>
    </message>
    <message>
        <source>CHECK: a checkpoint</source>
        <translation>CHECK: un punto de control</translation>
    </message>
    <message>
        <source>The server may tidy the mailbox up; here it just answers OK.</source>
        <translation>O servidor pode aproveitar para poñer en orde o buzón; aquí só responde OK.</translation>
    </message>
    <message>
        <source>CLOSE: close the mailbox, deleting what was marked</source>
        <translation>CLOSE: pechar o buzón e borrar o que estaba marcado</translation>
    </message>
    <message>
        <source>The messages with the \Deleted flag are removed silently and the session goes back to the authenticated state.</source>
        <translation>As mensaxes coa marca \Deleted elimínanse sen avisar e a sesión volve ao estado autenticado.</translation>
    </message>
    <message>
        <source>UNSELECT: close the mailbox, deleting nothing</source>
        <translation>UNSELECT: pechar o buzón sen borrar nada</translation>
    </message>
    <message>
        <source>Like CLOSE, but the messages marked \Deleted stay.</source>
        <translation>Como CLOSE, pero as mensaxes marcadas con \Deleted quedan.</translation>
    </message>
    <message>
        <source>EXPUNGE: delete the marked messages</source>
        <translation>EXPUNGE: borrar as mensaxes marcadas</translation>
    </message>
    <message>
        <source>Deleting in IMAP takes two steps: STORE +FLAGS (\Deleted) marks, EXPUNGE deletes. The server says * n EXPUNGE for each, from the highest number down.</source>
        <translation>En IMAP, borrar leva dous pasos: STORE +FLAGS (\Deleted) marca, EXPUNGE borra. O servidor di * n EXPUNGE por cada mensaxe, do número máis alto ao máis baixo.</translation>
    </message>
    <message>
        <source>SEARCH: search on the server</source>
        <translation>SEARCH: buscar no servidor</translation>
    </message>
    <message>
        <source>The server searches the mailbox (FROM, SUBJECT, BODY, UNSEEN, SINCE…) and answers with the numbers of the messages that match: nothing is downloaded to search.</source>
        <translation>O servidor busca no buzón (FROM, SUBJECT, BODY, UNSEEN, SINCE…) e responde cos números das mensaxes que cumpren os criterios: para buscar non se descarga nada.</translation>
    </message>
    <message>
        <source>FETCH: download what is asked for</source>
        <translation>FETCH: descargar o que se pide</translation>
    </message>
    <message>
        <source>Not necessarily the whole message: its flags, its size, its envelope, its structure (BODYSTRUCTURE) or only one part (BODY[1]) or the first octets (&lt;0.100&gt;). Reading the text with BODY[…] sets \Seen; BODY.PEEK[…] does not.</source>
        <translation>Non necesariamente a mensaxe enteira: as súas marcas, o seu tamaño, o seu sobre, a súa estrutura (BODYSTRUCTURE) ou só unha parte (BODY[1]) ou os primeiros octetos (&lt;0.100&gt;). Ler o texto con BODY[…] pon \Seen; BODY.PEEK[…] non.</translation>
    </message>
    <message>
        <source>STORE: change flags</source>
        <translation>STORE: cambiar marcas</translation>
    </message>
    <message>
        <source>+FLAGS adds flags, -FLAGS removes them, FLAGS replaces them: \Seen (read), \Flagged (important), \Deleted (to delete at EXPUNGE).</source>
        <translation>+FLAGS engade marcas, -FLAGS quítaas, FLAGS substitúeas: \Seen (lida), \Flagged (importante), \Deleted (para borrar con EXPUNGE).</translation>
    </message>
    <message>
        <source>COPY: copy messages to a folder</source>
        <translation>COPY: copiar mensaxes a un cartafol</translation>
    </message>
    <message>
        <source>The messages are copied on the server, without crossing the network again. With UIDPLUS the OK says their new UIDs (COPYUID).</source>
        <translation>As mensaxes cópianse no servidor, sen volver atravesar a rede. Con UIDPLUS, o OK indica os seus novos UID (COPYUID).</translation>
    </message>
    <message>
        <source>MOVE: move messages to a folder</source>
        <translation>MOVE: mover mensaxes a un cartafol</translation>
    </message>
    <message>
        <source>A copy and an expunge in one step: the messages leave this folder (* n EXPUNGE) and appear in the other.</source>
        <translation>Unha copia e un EXPUNGE nun só paso: as mensaxes saen deste cartafol (* n EXPUNGE) e aparecen no outro.</translation>
    </message>
    <message>
        <source>UID: the same command, by unique identifier</source>
        <translation>UID: a mesma orde, por identificador único</translation>
    </message>
    <message>
        <source>Message numbers change when messages are deleted; UIDs never do. UID FETCH, UID SEARCH, UID STORE… name messages by UID, as clients that keep a copy do.</source>
        <translation>Os números das mensaxes cambian cando se borran mensaxes; os UID nunca. UID FETCH, UID SEARCH, UID STORE… nomean as mensaxes polo seu UID, como fan os clientes que gardan unha copia.</translation>
    </message>
    <message>
        <source>IDLE: tell me when mail arrives</source>
        <translation>IDLE: avísame cando chegue correo</translation>
    </message>
    <message>
        <source>After the server&apos;s &quot;+&quot;, the client just waits: the server sends * n EXISTS as soon as a message is stored. DONE ends the wait.</source>
        <translation>Despois do &quot;+&quot; do servidor, o cliente só agarda: o servidor envía * n EXISTS en canto se garda unha mensaxe. DONE remata a espera.</translation>
    </message>
    <message>
        <source>DONE: stop waiting</source>
        <translation>DONE: deixar de agardar</translation>
    </message>
    <message>
        <source>Ends IDLE; the server answers the IDLE command&apos;s tag with OK.</source>
        <translation>Remata IDLE; o servidor responde á etiqueta da orde IDLE con OK.</translation>
    </message>
    <message>
        <source>NAMESPACE: where the folders live</source>
        <translation>NAMESPACE: onde están os cartafoles</translation>
    </message>
    <message>
        <source>The prefix and separator of the user&apos;s own folders.</source>
        <translation>O prefixo e o separador dos cartafoles propios do usuario.</translation>
    </message>
    <message>
        <source>ID: who are you?</source>
        <translation>ID: quen es?</translation>
    </message>
    <message>
        <source>Client and server tell each other their names and versions.</source>
        <translation>O cliente e o servidor dinse un ao outro os seus nomes e versións.</translation>
    </message>
    <message>
        <source>ENABLE: switch an extension on</source>
        <translation>ENABLE: activar unha extensión</translation>
    </message>
    <message>
        <source>The server answers * ENABLED with the extensions it switched on.</source>
        <translation>O servidor responde * ENABLED coas extensións que activou.</translation>
    </message>
    <message>
        <source>An IMAP command</source>
        <translation>Unha orde IMAP</translation>
    </message>
    <message>
        <source>Every IMAP command starts with a tag the client chooses (A1, a002…); the server&apos;s final answer to it carries the same tag, so answers can be told apart.</source>
        <translation>Cada orde IMAP comeza cunha etiqueta que escolle o cliente (A1, a002…); a resposta final do servidor leva a mesma etiqueta, así que se pode saber a que orde responde cada unha.</translation>
    </message>
    <message>
        <source>* OK: the server greets</source>
        <translation>* OK: o servidor saúda</translation>
    </message>
    <message>
        <source>The IMAP server is ready; the session is in the not authenticated state. The client must log in (LOGIN or AUTHENTICATE) before anything else.</source>
        <translation>O servidor IMAP está listo; a sesión está no estado non autenticado. O cliente debe iniciar sesión (LOGIN ou AUTHENTICATE) antes de nada.</translation>
    </message>
    <message>
        <source>+: go on</source>
        <translation>+: adiante</translation>
    </message>
    <message>
        <source>The server is ready for the rest of the command: the octets of a literal, an AUTHENTICATE response, or (in IDLE) it is waiting.</source>
        <translation>O servidor está listo para o resto da orde: os octetos dun literal, a resposta do cliente en AUTHENTICATE ou (en IDLE) indica que está a agardar.</translation>
    </message>
    <message>
        <source>A literal: octets counted in advance</source>
        <translation>Un literal: octetos contados de antemán</translation>
    </message>
    <message>
        <source>After {n} come exactly n octets, whatever they hold (line ends too): a message, a part of one, a password. The number in braces says where they end.</source>
        <translation>Despois de {n} veñen exactamente n octetos, conteñan o que conteñan (tamén finais de liña): unha mensaxe, unha parte dela, un contrasinal. O número entre chaves indica onde rematan.</translation>
    </message>
    <message>
        <source>The AUTHENTICATE response</source>
        <translation>A resposta do cliente en AUTHENTICATE</translation>
    </message>
    <message>
        <source>For PLAIN: authorisation identity, user name and password separated by NUL octets, in base64. Base64 is not encryption.</source>
        <translation>Para PLAIN: a identidade de autorización, o nome de usuario e o contrasinal separados por octetos NUL, en base64. Base64 non é cifrado.</translation>
    </message>
    <message>
        <source>OK: the command with this tag worked</source>
        <translation>OK: a orde con esta etiqueta funcionou</translation>
    </message>
    <message>
        <source>The final answer to the command with the same tag. What the server had to say came before it, untagged (* …).</source>
        <translation>A resposta final á orde coa mesma etiqueta. O que o servidor tiña que dicir veu antes, sen etiqueta (* …).</translation>
    </message>
    <message>
        <source>NO: the command with this tag failed</source>
        <translation>NO: a orde con esta etiqueta fallou</translation>
    </message>
    <message>
        <source>The command was understood but could not be done: a wrong password, a folder that does not exist…</source>
        <translation>A orde entendeuse, pero non se puido levar a cabo: un contrasinal incorrecto, un cartafol que non existe…</translation>
    </message>
    <message>
        <source>BAD: the server did not understand</source>
        <translation>BAD: o servidor non entendeu</translation>
    </message>
    <message>
        <source>A command unknown, badly written, or not valid in this state (FETCH before SELECT). Too many of them and the server says BYE.</source>
        <translation>Unha orde descoñecida, mal escrita ou non válida neste estado (FETCH antes de SELECT). Se hai demasiadas, o servidor di BYE.</translation>
    </message>
    <message>
        <source>* CAPABILITY: the server&apos;s abilities</source>
        <translation>* CAPABILITY: as capacidades do servidor</translation>
    </message>
    <message>
        <source>IMAP4rev1 and the extensions this server offers.</source>
        <translation>IMAP4rev1 e as extensións que ofrece este servidor.</translation>
    </message>
    <message>
        <source>* LIST: a folder</source>
        <translation>* LIST: un cartafol</translation>
    </message>
    <message>
        <source>Its attributes (\HasChildren, \Sent, \Trash…), the separator between levels and its name.</source>
        <translation>Os seus atributos (\HasChildren, \Sent, \Trash…), o separador entre niveis e o seu nome.</translation>
    </message>
    <message>
        <source>* LSUB: a subscribed folder</source>
        <translation>* LSUB: un cartafol subscrito</translation>
    </message>
    <message>
        <source>A folder the user subscribed to.</source>
        <translation>Un cartafol ao que se subscribiu o usuario.</translation>
    </message>
    <message>
        <source>* STATUS: a folder&apos;s counts</source>
        <translation>* STATUS: os recontos dun cartafol</translation>
    </message>
    <message>
        <source>The numbers STATUS asked for.</source>
        <translation>Os números que pediu STATUS.</translation>
    </message>
    <message>
        <source>* SEARCH: the messages that match</source>
        <translation>* SEARCH: as mensaxes que cumpren os criterios</translation>
    </message>
    <message>
        <source>Their numbers (or UIDs, for UID SEARCH). The search ran on the server; only these numbers crossed the network.</source>
        <translation>Os seus números (ou UID, con UID SEARCH). A busca fíxose no servidor; só estes números atravesaron a rede.</translation>
    </message>
    <message>
        <source>* FLAGS: the flags in this mailbox</source>
        <translation>* FLAGS: as marcas deste buzón</translation>
    </message>
    <message>
        <source>\Seen (read), \Answered, \Flagged (important), \Deleted (to delete) and \Draft.</source>
        <translation>\Seen (lida), \Answered, \Flagged (importante), \Deleted (para borrar) e \Draft.</translation>
    </message>
    <message>
        <source>* n EXISTS: messages in the mailbox</source>
        <translation>* n EXISTS: mensaxes no buzón</translation>
    </message>
    <message>
        <source>How many messages the mailbox holds now. When it grows while the client is connected (in IDLE, or at a NOOP), new mail has arrived.</source>
        <translation>Cantas mensaxes contén agora o buzón. Se o número medra mentres o cliente está conectado (en IDLE ou cun NOOP), chegou correo novo.</translation>
    </message>
    <message>
        <source>* n RECENT: new since the last session</source>
        <translation>* n RECENT: novas desde a última sesión</translation>
    </message>
    <message>
        <source>Messages no session has seen yet (IMAP4rev2 dropped it).</source>
        <translation>Mensaxes que aínda non viu ningunha sesión (IMAP4rev2 suprimiuno).</translation>
    </message>
    <message>
        <source>* n EXPUNGE: a message was deleted</source>
        <translation>* n EXPUNGE: borrouse unha mensaxe</translation>
    </message>
    <message>
        <source>Message number n is gone and every message after it moves down one number. A POP3 deletion shows up like this too, once its session QUITs.</source>
        <translation>A mensaxe número n desapareceu e cada mensaxe posterior baixa un número. Un borrado feito con POP3 tamén se ve así, unha vez que a súa sesión fai QUIT.</translation>
    </message>
    <message>
        <source>* n FETCH: data about a message</source>
        <translation>* n FETCH: datos dunha mensaxe</translation>
    </message>
    <message>
        <source>What FETCH asked for (or flags that changed): FLAGS, UID, RFC822.SIZE, ENVELOPE, BODYSTRUCTURE, or a section&apos;s octets in a literal {n}.</source>
        <translation>O que pediu FETCH (ou marcas que cambiaron): FLAGS, UID, RFC822.SIZE, ENVELOPE, BODYSTRUCTURE ou os octetos dunha sección nun literal {n}.</translation>
    </message>
    <message>
        <source>* BYE: the server closes</source>
        <translation>* BYE: o servidor pecha</translation>
    </message>
    <message>
        <source>After LOGOUT, after too long without commands, or after too many errors.</source>
        <translation>Despois de LOGOUT, despois de moito tempo sen ordes ou despois de demasiados erros.</translation>
    </message>
    <message>
        <source>* OK: information</source>
        <translation>* OK: información</translation>
    </message>
    <message>
        <source>Untagged: not the end of a command but a note, often with a code in brackets ([UIDVALIDITY], [UNSEEN]…).</source>
        <translation>Sen etiqueta: non é o final dunha orde, senón unha nota, a miúdo cun código entre corchetes ([UIDVALIDITY], [UNSEEN]…).</translation>
    </message>
    <message>
        <source>* NO: a warning</source>
        <translation>* NO: un aviso</translation>
    </message>
    <message>
        <source>Untagged: a warning, not the end of a command.</source>
        <translation>Sen etiqueta: un aviso, non o final dunha orde.</translation>
    </message>
    <message>
        <source>* BAD: a line the server could not read</source>
        <translation>* BAD: unha liña que o servidor non puido ler</translation>
    </message>
    <message>
        <source>Untagged: the server could not even find the tag.</source>
        <translation>Sen etiqueta: o servidor nin sequera puido atopar a etiqueta.</translation>
    </message>
    <message>
        <source>* NAMESPACE: where the folders live</source>
        <translation>* NAMESPACE: onde están os cartafoles</translation>
    </message>
    <message>
        <source>Personal folders, with no prefix and &quot;/&quot; between levels.</source>
        <translation>Cartafoles persoais, sen prefixo e con &quot;/&quot; entre niveis.</translation>
    </message>
    <message>
        <source>* ID: the server&apos;s name</source>
        <translation>* ID: o nome do servidor</translation>
    </message>
    <message>
        <source>Field and value pairs about the server program.</source>
        <translation>Pares de campo e valor sobre o programa servidor.</translation>
    </message>
    <message>
        <source>* ENABLED: extensions switched on</source>
        <translation>* ENABLED: extensións activadas</translation>
    </message>
    <message>
        <source>The ones ENABLE asked for that the server switched on.</source>
        <translation>As que pediu ENABLE e que o servidor activou.</translation>
    </message>
    <message>
        <source>[UIDVALIDITY]: the UIDs&apos; generation</source>
        <translation>[UIDVALIDITY]: a xeración dos UID</translation>
    </message>
    <message>
        <source>While it stays the same, a UID always names the same message; a client that keeps a copy checks it.</source>
        <translation>Mentres non cambie, un UID sempre designa a mesma mensaxe; un cliente que garda unha copia compróbao.</translation>
    </message>
    <message>
        <source>[UIDNEXT]: the next UID</source>
        <translation>[UIDNEXT]: o seguinte UID</translation>
    </message>
    <message>
        <source>The UID the next message will get.</source>
        <translation>O UID que recibirá a seguinte mensaxe.</translation>
    </message>
    <message>
        <source>[UNSEEN]: the first unread message</source>
        <translation>[UNSEEN]: a primeira mensaxe sen ler</translation>
    </message>
    <message>
        <source>The number of the first message without \Seen.</source>
        <translation>O número da primeira mensaxe sen \Seen.</translation>
    </message>
    <message>
        <source>[PERMANENTFLAGS]: flags that are kept</source>
        <translation>[PERMANENTFLAGS]: marcas que se conservan</translation>
    </message>
    <message>
        <source>The flags the client may change for good; \* allows new keywords.</source>
        <translation>As marcas que o cliente pode cambiar de forma permanente; \* permite palabras clave novas.</translation>
    </message>
    <message>
        <source>[READ-WRITE]: the mailbox can change</source>
        <translation>[READ-WRITE]: o buzón pode cambiar</translation>
    </message>
    <message>
        <source>Opened with SELECT: flags and deletions are allowed.</source>
        <translation>Aberto con SELECT: permítense marcas e borrados.</translation>
    </message>
    <message>
        <source>[READ-ONLY]: the mailbox cannot change</source>
        <translation>[READ-ONLY]: o buzón non pode cambiar</translation>
    </message>
    <message>
        <source>Opened with EXAMINE: nothing can be changed.</source>
        <translation>Aberto con EXAMINE: non se pode cambiar nada.</translation>
    </message>
    <message>
        <source>[TRYCREATE]: the folder does not exist</source>
        <translation>[TRYCREATE]: o cartafol non existe</translation>
    </message>
    <message>
        <source>A CREATE first would let this command work.</source>
        <translation>Cun CREATE antes, esta orde funcionaría.</translation>
    </message>
    <message>
        <source>[APPENDUID]: the new message&apos;s UID</source>
        <translation>[APPENDUID]: o UID da mensaxe nova</translation>
    </message>
    <message>
        <source>The folder&apos;s UIDVALIDITY and the UID the appended message got.</source>
        <translation>O UIDVALIDITY do cartafol e o UID que recibiu a mensaxe engadida.</translation>
    </message>
    <message>
        <source>[COPYUID]: the copies&apos; UIDs</source>
        <translation>[COPYUID]: os UID das copias</translation>
    </message>
    <message>
        <source>The target folder&apos;s UIDVALIDITY, the UIDs copied and the new ones.</source>
        <translation>O UIDVALIDITY do cartafol de destino, os UID copiados e os novos.</translation>
    </message>
    <message>
        <source>[AUTHENTICATIONFAILED]: wrong credentials</source>
        <translation>[AUTHENTICATIONFAILED]: credenciais incorrectas</translation>
    </message>
    <message>
        <source>[NONEXISTENT]: no such folder</source>
        <translation>[NONEXISTENT]: ese cartafol non existe</translation>
    </message>
    <message>
        <source>The folder named does not exist.</source>
        <translation>O cartafol indicado non existe.</translation>
    </message>
    <message>
        <source>[ALREADYEXISTS]: the folder exists</source>
        <translation>[ALREADYEXISTS]: o cartafol xa existe</translation>
    </message>
    <message>
        <source>A folder with that name is already there.</source>
        <translation>Xa hai un cartafol con ese nome.</translation>
    </message>
    <message>
        <source>[CAPABILITY]: the abilities, said in passing</source>
        <translation>[CAPABILITY]: as capacidades, ditas de paso</translation>
    </message>
    <message>
        <source>Saves the client a CAPABILITY command.</source>
        <translation>Afórralle ao cliente unha orde CAPABILITY.</translation>
    </message>
    <message>
        <source>Only a part: the course&apos;s partial download</source>
        <translation>Só unha parte: a descarga parcial do curso</translation>
    </message>
    <message>
        <source>IMAP can download part of a message: BODYSTRUCTURE first, then only the text (BODY.PEEK[1]) and not the attachments, or only the first octets. POP3&apos;s RETR always downloads the whole message.</source>
        <translation>IMAP pode descargar parte dunha mensaxe: primeiro BODYSTRUCTURE, despois só o texto (BODY.PEEK[1]) e non os adxuntos, ou só os primeiros octetos. O RETR de POP3 sempre descarga a mensaxe enteira.</translation>
    </message>
    <message>
        <source>454 Temporary failure: TLS or login not available (try later)</source>
        <translation>454 Fallo temporal: TLS ou o inicio de sesión non dispoñibles (tentar máis tarde)</translation>
    </message>
    <message>
        <source>The server cannot start TLS (or check a login) right now. It is temporary: the client may try again later, or go on without encryption if its policy allows it.</source>
        <translation>O servidor non pode iniciar TLS (ou comprobar un inicio de sesión) agora mesmo. É temporal: o cliente pode tentalo de novo máis tarde, ou seguir sen cifrado se a súa política o permite.</translation>
    </message>
    <message>
        <source>220: ready to start TLS</source>
        <translation>220: listo para iniciar TLS</translation>
    </message>
    <message>
        <source>The server agrees to encrypt. The next bytes on the wire are the TLS handshake, not SMTP lines. Anything the client sent after STARTTLS without waiting for this reply is thrown away, so that nobody can slip a command in before encryption starts. After the handshake everything starts again: the client says EHLO, and the server forgets the earlier EHLO and any login.</source>
        <translation>O servidor acepta cifrar. Os seguintes bytes na rede son a negociación TLS, non liñas SMTP. Todo o que o cliente enviase despois de STARTTLS sen agardar esta resposta descártase, para que ninguén poida colar unha orde antes de que comece o cifrado. Despois da negociación todo empeza de novo: o cliente di EHLO, e o servidor esquece o EHLO anterior e calquera inicio de sesión.</translation>
    </message>
    <message>
        <source>454: TLS not available right now</source>
        <translation>454: TLS non dispoñible agora</translation>
    </message>
    <message>
        <source>The server cannot start TLS at the moment. A client that requires encryption gives up and keeps the mail for later; an opportunistic one goes on in clear.</source>
        <translation>O servidor non pode iniciar TLS neste momento. Un cliente que esixe cifrado desiste e garda o correo para máis tarde; un oportunista segue en claro.</translation>
    </message>
    <message>
        <source>501: STARTTLS takes no parameters</source>
        <translation>501: STARTTLS non leva parámetros</translation>
    </message>
    <message>
        <source>The command is just STARTTLS, alone on its line.</source>
        <translation>A orde é só STARTTLS, soa na súa liña.</translation>
    </message>
    <message>
        <source>554: TLS is already active</source>
        <translation>554: TLS xa está activo</translation>
    </message>
    <message>
        <source>The connection is already encrypted: STARTTLS can be used only once, and the server no longer lists it in its EHLO reply.</source>
        <translation>A conexión xa está cifrada: STARTTLS só se pode usar unha vez, e o servidor xa non o inclúe na súa resposta a EHLO.</translation>
    </message>
    <message>
        <source>530: STARTTLS first</source>
        <translation>530: primeiro STARTTLS</translation>
    </message>
    <message>
        <source>This server does not accept a password over an unencrypted connection (Postfix calls it smtpd_tls_auth_only), so it did not list AUTH in its EHLO reply. The client must say STARTTLS first; inside TLS, the new EHLO reply offers AUTH.</source>
        <translation>Este servidor non acepta un contrasinal por unha conexión sen cifrar (Postfix chámalle smtpd_tls_auth_only), así que non incluíu AUTH na súa resposta a EHLO. O cliente ten que dicir STARTTLS primeiro; dentro de TLS, a nova resposta a EHLO ofrece AUTH.</translation>
    </message>
    <message>
        <source>STLS: switch to an encrypted connection</source>
        <translation>STLS: pasar a unha conexión cifrada</translation>
    </message>
    <message>
        <source>Before logging in, the client asks to encrypt the rest of the session with TLS, so that USER and PASS cannot be read on the way. It is only valid in the AUTHORIZATION state. Anything the client sent after STLS without waiting for the answer is thrown away.</source>
        <translation>Antes de iniciar sesión, o cliente pide cifrar o resto da sesión con TLS, para que USER e PASS non se poidan ler polo camiño. Só é válida no estado AUTHORIZATION. Todo o que o cliente enviase despois de STLS sen agardar a resposta descártase.</translation>
    </message>
    <message>
        <source>+OK: begin TLS</source>
        <translation>+OK: comeza TLS</translation>
    </message>
    <message>
        <source>The next bytes on the wire are the TLS handshake. After it the session is still in the AUTHORIZATION state and the client logs in as usual, now encrypted; it should ask CAPA again, since what the server said before may have been changed on the way.</source>
        <translation>Os seguintes bytes na rede son a negociación TLS. Despois dela a sesión segue no estado AUTHORIZATION e o cliente inicia sesión como sempre, agora cifrado; debería pedir CAPA de novo, xa que o que o servidor dixo antes puido ser cambiado polo camiño.</translation>
    </message>
    <message>
        <source>Capability: STLS</source>
        <translation>Capacidade: STLS</translation>
    </message>
    <message>
        <source>The server can encrypt the session with STLS before the login. Once TLS is on, it is no longer listed.</source>
        <translation>O servidor pode cifrar a sesión con STLS antes do inicio de sesión. Unha vez activo TLS, xa non aparece na lista.</translation>
    </message>
    <message>
        <source>STARTTLS: switch to an encrypted connection</source>
        <translation>STARTTLS: pasar a unha conexión cifrada</translation>
    </message>
    <message>
        <source>Before logging in, the client asks to encrypt the rest of the session with TLS. The server answers OK with the same tag and the TLS handshake starts; anything the client sent after STARTTLS without waiting is thrown away. Then the client asks CAPABILITY again, since what was said before may have been changed on the way.</source>
        <translation>Antes de iniciar sesión, o cliente pide cifrar o resto da sesión con TLS. O servidor responde OK coa mesma etiqueta e comeza a negociación TLS; todo o que o cliente enviase despois de STARTTLS sen agardar descártase. Despois o cliente pide CAPABILITY de novo, xa que o dito antes puido ser cambiado polo camiño.</translation>
    </message>
    <message>
        <source>[PRIVACYREQUIRED]: encrypt first</source>
        <translation>[PRIVACYREQUIRED]: primeiro cifrar</translation>
    </message>
    <message>
        <source>The server does not take a password over an unencrypted connection. The client must say STARTTLS (or connect to port 993, IMAPS) before logging in.</source>
        <translation>O servidor non acepta un contrasinal por unha conexión sen cifrar. O cliente ten que dicir STARTTLS (ou conectarse ao porto 993, IMAPS) antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>The client may encrypt the session with the STARTTLS command before logging in.</source>
        <translation>O cliente pode cifrar a sesión coa orde STARTTLS antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>LOGINDISABLED: no password in clear</source>
        <translation>LOGINDISABLED: ningún contrasinal en claro</translation>
    </message>
    <message>
        <source>The server refuses LOGIN on this unencrypted connection, and the client must not even try: first STARTTLS, then LOGIN inside TLS.</source>
        <translation>O servidor rexeita LOGIN nesta conexión sen cifrar, e o cliente nin sequera debe tentalo: primeiro STARTTLS, despois LOGIN dentro de TLS.</translation>
    </message>
    <message>
        <source>ClientHello: the client proposes how to talk securely</source>
        <translation>ClientHello: o cliente propón como falar de xeito seguro</translation>
    </message>
    <message>
        <source>The first TLS message, still in clear. The client lists the TLS versions and the cipher suites it can use, sends a random number and (in TLS 1.3) its half of a Diffie-Hellman key exchange, and names the server it wants to reach (SNI). Anyone on the wire can read it; nothing secret is in it.</source>
        <translation>A primeira mensaxe TLS, aínda en claro. O cliente enumera as versións de TLS e as suites de cifrado que pode usar, envía un número aleatorio e (en TLS 1.3) a súa metade dun intercambio de claves Diffie-Hellman, e nomea o servidor ao que quere chegar (SNI). Calquera na rede pode lela; non leva nada secreto.</translation>
    </message>
    <message>
        <source>ServerHello: the server chooses</source>
        <translation>ServerHello: o servidor escolle</translation>
    </message>
    <message>
        <source>The server picks one version and one cipher suite from the client's list and sends its own random number and (in TLS 1.3) its half of the key exchange. From the two halves both sides compute the same keys, which never cross the wire. In TLS 1.3 everything after this message is encrypted.</source>
        <translation>O servidor escolle unha versión e unha suite de cifrado da lista do cliente e envía o seu propio número aleatorio e (en TLS 1.3) a súa metade do intercambio de claves. Coas dúas metades os dous lados calculan as mesmas claves, que nunca cruzan a rede. En TLS 1.3 todo o que vén despois desta mensaxe vai cifrado.</translation>
    </message>
    <message>
        <source>EncryptedExtensions: the rest of the server's answer</source>
        <translation>EncryptedExtensions: o resto da resposta do servidor</translation>
    </message>
    <message>
        <source>TLS 1.3 only: the server's answers to the client's extensions that need not be read before the keys are ready (for example which application protocol was chosen). It is the first encrypted message: someone watching sees only its size.</source>
        <translation>Só en TLS 1.3: as respostas do servidor ás extensións do cliente que non fai falta ler antes de ter as claves (por exemplo, que protocolo de aplicación se escolleu). É a primeira mensaxe cifrada: quen espía só ve o seu tamaño.</translation>
    </message>
    <message>
        <source>Certificate: the server shows who it is</source>
        <translation>Certificate: o servidor mostra quen é</translation>
    </message>
    <message>
        <source>The server sends its certificate: its name, its public key and the signature of the authority that issued it (here the classroom CA). The client checks that the name is the one it wanted to reach, that the certificate has not expired and that the signature comes from an authority it trusts. If not, it refuses and ends the connection with an alert.</source>
        <translation>O servidor envía o seu certificado: o seu nome, a súa clave pública e a sinatura da autoridade que o emitiu (aquí a CA da aula). O cliente comproba que o nome é o do servidor ao que quería chegar, que o certificado non caducou e que a sinatura vén dunha autoridade na que confía. Se non, rexéitao e remata a conexión cunha alerta.</translation>
    </message>
    <message>
        <source>CertificateRequest: the server asks for the client's certificate</source>
        <translation>CertificateRequest: o servidor pide o certificado do cliente</translation>
    </message>
    <message>
        <source>The server asks the client to prove who it is with a certificate too. Mail servers rarely do; clients usually log in with a password instead, inside TLS.</source>
        <translation>O servidor pídelle ao cliente que tamén probe quen é cun certificado. Os servidores de correo poucas veces o fan; os clientes adoitan identificarse cun contrasinal, dentro de TLS.</translation>
    </message>
    <message>
        <source>CertificateVerify: proof of owning the certificate</source>
        <translation>CertificateVerify: proba de ser o dono do certificado</translation>
    </message>
    <message>
        <source>The server signs everything said so far with the private key of its certificate. A certificate is public and anyone can copy it; only its owner can make this signature, so the client now knows it talks to the real server.</source>
        <translation>O servidor asina todo o dito ata agora coa clave privada do seu certificado. Un certificado é público e calquera pode copialo; só o seu dono pode facer esta sinatura, así que o cliente xa sabe que fala co servidor de verdade.</translation>
    </message>
    <message>
        <source>Finished: the handshake was not tampered with</source>
        <translation>Finished: ninguén manipulou o handshake</translation>
    </message>
    <message>
        <source>Each side sends a code computed with the new keys over every handshake message. If someone in the middle had changed a message (removed a strong cipher suite, say), the codes would not match and the connection would end. After both Finished messages the application's lines travel encrypted.</source>
        <translation>Cada lado envía un código calculado coas novas claves sobre todas as mensaxes do handshake. Se alguén no medio cambiase unha mensaxe (quitando unha suite de cifrado forte, por exemplo), os códigos non coincidirían e a conexión remataría. Despois das dúas mensaxes Finished as liñas da aplicación viaxan cifradas.</translation>
    </message>
    <message>
        <source>NewSessionTicket: a ticket to come back faster</source>
        <translation>NewSessionTicket: un tícket para volver máis rápido</translation>
    </message>
    <message>
        <source>After the handshake the server may give the client a ticket. Next time, the client shows it to resume the session without a full handshake (no certificate again).</source>
        <translation>Despois do handshake o servidor pode darlle ao cliente un tícket. A próxima vez, o cliente preséntao para retomar a sesión sen un handshake completo (sen certificado outra vez).</translation>
    </message>
    <message>
        <source>KeyUpdate: new keys for a long session</source>
        <translation>KeyUpdate: claves novas para unha sesión longa</translation>
    </message>
    <message>
        <source>One side switches to fresh keys derived from the current ones, so that a very long session does not encrypt too much with the same key.</source>
        <translation>Un lado pasa a usar claves novas derivadas das actuais, para que unha sesión moi longa non cifre demasiado coa mesma clave.</translation>
    </message>
    <message>
        <source>ServerKeyExchange: the server's half of the key exchange</source>
        <translation>ServerKeyExchange: a metade do servidor no intercambio de claves</translation>
    </message>
    <message>
        <source>TLS 1.2: the server sends its Diffie-Hellman public value, signed with its certificate's key so that nobody in the middle can replace it.</source>
        <translation>TLS 1.2: o servidor envía o seu valor público Diffie-Hellman, asinado coa clave do seu certificado para que ninguén no medio poida substituílo.</translation>
    </message>
    <message>
        <source>ServerHelloDone: the server's turn is over</source>
        <translation>ServerHelloDone: remata a quenda do servidor</translation>
    </message>
    <message>
        <source>TLS 1.2: the server has said everything for this part of the handshake and waits for the client.</source>
        <translation>TLS 1.2: o servidor xa dixo todo o desta parte do handshake e agarda polo cliente.</translation>
    </message>
    <message>
        <source>ClientKeyExchange: the client's half of the key exchange</source>
        <translation>ClientKeyExchange: a metade do cliente no intercambio de claves</translation>
    </message>
    <message>
        <source>TLS 1.2: the client sends its Diffie-Hellman public value. Now both sides can compute the same secret keys, which never cross the wire.</source>
        <translation>TLS 1.2: o cliente envía o seu valor público Diffie-Hellman. Agora os dous lados poden calcular as mesmas claves secretas, que nunca cruzan a rede.</translation>
    </message>
    <message>
        <source>ChangeCipherSpec: encrypted from the next record</source>
        <translation>ChangeCipherSpec: cifrado desde o seguinte rexistro</translation>
    </message>
    <message>
        <source>TLS 1.2: the sender says that its next records are encrypted with the keys just agreed. TLS 1.3 has no use for it but may still send one, only so that old middleboxes that expect it let the connection through.</source>
        <translation>TLS 1.2: quen o envía di que os seus seguintes rexistros van cifrados coas claves que se acaban de acordar. TLS 1.3 non o necesita, pero pode envialo igual, só para que os aparellos intermedios antigos que o esperan deixen pasar a conexión.</translation>
    </message>
    <message>
        <source>Alert close_notify: the session ends cleanly</source>
        <translation>Alerta close_notify: a sesión remata limpamente</translation>
    </message>
    <message>
        <source>The sender will send nothing more in this TLS session. Saying so, encrypted, before TCP closes lets the peer know that no data was cut off by an attacker closing the connection.</source>
        <translation>Quen a envía xa non enviará nada máis nesta sesión TLS. Dicilo, cifrado, antes de que TCP peche permite ao outro lado saber que ningún atacante cortou datos pechando a conexión.</translation>
    </message>
    <message>
        <source>Alert bad_certificate: the certificate was refused</source>
        <translation>Alerta bad_certificate: rexeitouse o certificado</translation>
    </message>
    <message>
        <source>The certificate could not be accepted: for example it names another host than the one the client wanted to reach, or its signature is wrong. The connection ends before anything secret is sent.</source>
        <translation>Non se puido aceptar o certificado: por exemplo, nomea outra máquina distinta da que o cliente quería alcanzar, ou a súa sinatura é incorrecta. A conexión remata antes de enviar nada secreto.</translation>
    </message>
    <message>
        <source>Alert certificate_expired: the certificate is out of date</source>
        <translation>Alerta certificate_expired: o certificado caducou</translation>
    </message>
    <message>
        <source>The certificate's validity period is over (or has not begun). A client must not trust it, even if the rest is right: the connection ends.</source>
        <translation>O período de validez do certificado rematou (ou aínda non comezou). Un cliente non debe confiar nel, aínda que o resto estea ben: a conexión remata.</translation>
    </message>
    <message>
        <source>Alert unknown_ca: signed by an authority nobody trusts</source>
        <translation>Alerta unknown_ca: asinado por unha autoridade na que ninguén confía</translation>
    </message>
    <message>
        <source>The certificate chain does not lead to an authority the client trusts, as with a self-signed certificate or one from a CA the client was never given. Trusting the classroom CA (carteiro --export-ca) is what makes its certificates acceptable.</source>
        <translation>A cadea do certificado non leva a unha autoridade na que o cliente confíe, como pasa cun certificado autoasinado ou cun dunha CA que o cliente nunca recibiu. Confiar na CA da aula (carteiro --export-ca) é o que fai aceptables os seus certificados.</translation>
    </message>
    <message>
        <source>Alert certificate_unknown: the certificate was not accepted</source>
        <translation>Alerta certificate_unknown: non se aceptou o certificado</translation>
    </message>
    <message>
        <source>Some other problem with the certificate made it unacceptable. The connection ends.</source>
        <translation>Outro problema co certificado fíxoo inaceptable. A conexión remata.</translation>
    </message>
    <message>
        <source>Alert handshake_failure: no common ground</source>
        <translation>Alerta handshake_failure: sen nada en común</translation>
    </message>
    <message>
        <source>The two sides could not agree on security parameters, for example no cipher suite that both accept. The connection ends.</source>
        <translation>Os dous lados non se puideron poñer de acordo nos parámetros de seguridade, por exemplo ningunha suite de cifrado que acepten os dous. A conexión remata.</translation>
    </message>
    <message>
        <source>Alert protocol_version: no common TLS version</source>
        <translation>Alerta protocol_version: ningunha versión de TLS en común</translation>
    </message>
    <message>
        <source>The peer offered only versions this side refuses (older than TLS 1.2 here). The connection ends.</source>
        <translation>O outro lado só ofreceu versións que este lado rexeita (aquí, anteriores a TLS 1.2). A conexión remata.</translation>
    </message>
    <message>
        <source>Alert decode_error: this is not TLS</source>
        <translation>Alerta decode_error: isto non é TLS</translation>
    </message>
    <message>
        <source>A message could not be read: its fields were out of range or its length wrong, as when something that is not TLS arrives where a handshake should be.</source>
        <translation>Non se puido ler unha mensaxe: os seus campos estaban fóra de rango ou a súa lonxitude era incorrecta, como cando chega algo que non é TLS onde debería ir un handshake.</translation>
    </message>
    <message>
        <source>A TLS alert</source>
        <translation>Unha alerta TLS</translation>
    </message>
    <message>
        <source>An alert tells the peer that something went wrong (or, for close_notify, that the session ends). Every alert but close_notify and user_canceled ends the connection at once.</source>
        <translation>Unha alerta dille ao outro lado que algo foi mal (ou, no caso de close_notify, que a sesión remata). Todas as alertas agás close_notify e user_canceled rematan a conexión de inmediato.</translation>
    </message>
    <message>
        <source>A TLS handshake message</source>
        <translation>Unha mensaxe do handshake TLS</translation>
    </message>
    <message>
        <source>Part of the TLS handshake, in which client and server agree on a version and a cipher suite, the server proves who it is with its certificate, and both compute the keys that encrypt the rest of the connection.</source>
        <translation>Parte do handshake TLS, no que cliente e servidor acordan unha versión e unha suite de cifrado, o servidor proba quen é co seu certificado, e os dous calculan as claves que cifran o resto da conexión.</translation>
    </message>
    <message>
        <source>The certificate shown</source>
        <translation>O certificado presentado</translation>
    </message>
    <message>
        <source>Subject: %1. Issued (signed) by: %2.</source>
        <translation>Titular: %1. Emitido (asinado) por: %2.</translation>
    </message>
    <message>
        <source>A TLS record</source>
        <translation>Un rexistro TLS</translation>
    </message>
    <message>
        <source>TLS cuts what it sends into records of at most 16384 octets. Each starts with a 5-octet header in clear (content type, version, length); after the handshake the rest is encrypted and ends with an authentication tag, so that nobody can read or change it unnoticed.</source>
        <translation>TLS corta o que envía en rexistros de como moito 16384 octetos. Cada un comeza cunha cabeceira de 5 octetos en claro (tipo de contido, versión, lonxitude); despois do handshake o resto vai cifrado e remata cunha etiqueta de autenticación, para que ninguén poida lelo nin cambialo sen que se note.</translation>
    </message>
    <message>
        <source>Encrypted from here</source>
        <translation>Cifrado desde aquí</translation>
    </message>
    <message>
        <source>The TLS handshake is over: both sides hold the same keys, agreed without sending them, and the client has checked the server's certificate. Every line after this mark on this connection travels inside encrypted records: the hosts read the lines, anyone on the wire sees only the records' sizes.</source>
        <translation>O handshake TLS rematou: os dous lados teñen as mesmas claves, acordadas sen envialas, e o cliente comprobou o certificado do servidor. Cada liña despois desta marca nesta conexión viaxa dentro de rexistros cifrados: as máquinas len as liñas, quen mire a rede só ve o tamaño dos rexistros.</translation>
    </message>
    <message>
        <source>Encrypted, but with whom?</source>
        <translation>Cifrado, pero con quen?</translation>
    </message>
    <message>
        <source>The certificate was not verified (a relay's opportunistic TLS accepts any): the connection is safe from someone who only listens, not from someone in the middle who presents a certificate of their own.</source>
        <translation>Non se verificou o certificado (o TLS oportunista dun reenviador acepta calquera): a conexión está a salvo de quen só escoita, non de alguén no medio que presente un certificado propio.</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>Fallou TLS</translation>
    </message>
    <message>
        <source>The handshake did not end in an encrypted session (an alert says why, for example a refused certificate). Nothing more is said on this connection, neither in clear nor encrypted; a mail client reports the error and a relay keeps the message in its queue.</source>
        <translation>O handshake non rematou nunha sesión cifrada (unha alerta di por que, por exemplo un certificado rexeitado). Xa non se di nada máis nesta conexión, nin en claro nin cifrado; un cliente de correo informa do erro e un reenviador garda a mensaxe na súa cola.</translation>
    </message>
    <message>
        <source>Postfix: recipient address rejected</source>
        <translation>Postfix: enderezo do destinatario rexeitado</translation>
    </message>
    <message>
        <source>Postfix refuses this recipient before any message is sent, and says why after the colon. When the reason is only a domain name, the server is configured as &quot;Local only&quot; (default_transport = error): mail for other domains may not leave the machine, and Postfix says so at once, naming the domain. Choose &quot;Internet Site&quot; (dpkg-reconfigure postfix) to send mail to other domains.</source>
        <translation>Postfix rexeita este destinatario antes de que se envíe ningunha mensaxe, e di por que despois dos dous puntos. Cando a razón é só un nome de dominio, o servidor está configurado como &quot;Só local&quot; (default_transport = error): o correo para outros dominios non pode saír da máquina, e Postfix dio de inmediato, nomeando o dominio. Escolle &quot;Sitio de Internet&quot; (dpkg-reconfigure postfix) para enviar correo a outros dominios.</translation>
    </message>
    <message>
        <source>Postfix: an address without a domain gets @$myorigin</source>
        <translation>Postfix: un enderezo sen dominio recibe @$myorigin</translation>
    </message>
    <message>
        <source>The client gave an address without a domain (RCPT TO:&lt;fran&gt;). Postfix completes every such address in the envelope with the domain of myorigin (append_at_myorigin; on Debian myorigin = /etc/mailname, the system mail name), so fran becomes fran@servidor.edu. If that domain is in mydestination, the mail stays on this server, in fran&apos;s mailbox.</source>
        <translation>O cliente deu un enderezo sen dominio (RCPT TO:&lt;fran&gt;). Postfix completa cada enderezo así do sobre co dominio de myorigin (append_at_myorigin; en Debian myorigin = /etc/mailname, o nome de correo do sistema), así que fran pasa a ser fran@servidor.edu. Se ese dominio está en mydestination, o correo queda neste servidor, na caixa de correo de fran.</translation>
    </message>
    <message>
        <source>Postfix &quot;Local only&quot;: mail may not leave the machine</source>
        <translation>Postfix &quot;Só local&quot;: o correo non pode saír da máquina</translation>
    </message>
    <message>
        <source>With the type of configuration &quot;Local only&quot;, Debian&apos;s installation writes default_transport = error and relay_transport = error: mail for any domain outside mydestination goes to the error transport, which delivers nothing. Over SMTP Postfix refuses such a recipient at once (550 5.1.1, the domain as the reason); a message already in the queue is returned to its sender with a delivery status notification (5.0.0).</source>
        <translation>Co tipo de configuración &quot;Só local&quot;, a instalación de Debian escribe default_transport = error e relay_transport = error: o correo para calquera dominio fóra de mydestination vai ao transporte error, que non entrega nada. Por SMTP Postfix rexeita ese destinatario de inmediato (550 5.1.1, co dominio como razón); unha mensaxe que xa está na cola volve ao seu remitente cun aviso de estado de entrega (5.0.0).</translation>
    </message>
    <message>
        <source>Postfix: the sender address belongs to another user</source>
        <translation>Postfix: o enderezo do remitente é doutro usuario</translation>
    </message>
    <message>
        <source>The client logged in (AUTH) as one user and gave in MAIL FROM the address of another account of this server. A server that let it through would let any student send mail as a classmate, so Postfix refuses the sender (reject_sender_login_mismatch, with smtpd_sender_login_maps saying which login owns which address). Give your own address in MAIL FROM, or log in as its owner.</source>
        <translation>O cliente identificouse (AUTH) como un usuario e deu en MAIL FROM o enderezo doutra conta deste servidor. Un servidor que o deixase pasar permitiría que calquera alumno enviase correo no nome dun compañeiro, así que Postfix rexeita o remitente (reject_sender_login_mismatch, con smtpd_sender_login_maps dicindo que usuario é dono de cada enderezo). Pon o teu propio enderezo en MAIL FROM, ou identifícate como o seu dono.</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>connection #%1, open at the same time as %2 between the same hosts: its arrows are the ones marked #%1</source>
        <translation>conexión #%1, aberta ao mesmo tempo ca %2 entre os mesmos hosts: as súas frechas son as marcadas #%1</translation>
    </message>
    <message>
        <source>Select a line of the timeline to see its bytes and what it means.</source>
        <translation>Selecciona unha liña na liña temporal para ver os seus bytes e o que significa.</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>Bytes que viaxan pola rede</translation>
    </message>
    <message>
        <source>%1%2 is CR LF (octets 13 and 10), the end of every line in SMTP and POP3; %3 is a tab. Octets that cannot be printed are shown as \xNN.</source>
        <translation>%1%2 é CR LF (octetos 13 e 10), o final de cada liña en SMTP e POP3; %3 é un tabulador. Os octetos que non se poden imprimir amósanse como \xNN.</translation>
    </message>
    <message>
        <source>the world</source>
        <translation>o mundo simulado</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 client to server</source>
        <translation>%1 do cliente ao servidor</translation>
    </message>
    <message>
        <source>%1 server to client</source>
        <translation>%1 do servidor ao cliente</translation>
    </message>
    <message>
        <source>connection #%1</source>
        <translation>conexión #%1</translation>
    </message>
    <message>
        <source>at %1 s</source>
        <translation>aos %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s) on the wire: the line and its CR LF</source>
        <translation>
            <numerusform>%n octeto na rede: a liña e o seu CR LF</numerusform>
            <numerusform>%n octetos na rede: a liña e o seu CR LF</numerusform>
        </translation>
    </message>
    <message>
        <source>Password shown on purpose, as in the course: anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</source>
        <translation>Contrasinal amosado a propósito, como no curso: calquera que poida observar a rede pode ler esta liña. Os servidores reais cifran primeiro a conexión con TLS.</translation>
    </message>
    <message>
        <source>Password shown on purpose, as in the course:</source>
        <translation>Contrasinal amosado a propósito, como no curso:</translation>
    </message>
    <message>
        <source>anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</source>
        <translation>calquera que poida observar a rede pode ler esta liña. Os servidores reais cifran primeiro a conexión con TLS.</translation>
    </message>
    <message>
        <source>Base64 is not encryption; decoded, it reads: %1</source>
        <translation>Base64 non é cifrado; unha vez descodificado, di: %1</translation>
    </message>
    <message>
        <source>(start of the connection)</source>
        <translation>(inicio da conexión)</translation>
    </message>
    <message>
        <source>(connection closed)</source>
        <translation>(conexión pechada)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(aínda nada)</translation>
    </message>
    <message>
        <source>Phase before: %1 · this line: %2 · after: %3</source>
        <translation>Fase anterior: %1 · esta liña: %2 · despois: %3</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>A new phase starts with this line.</source>
        <translation>Con esta liña comeza unha nova fase.</translation>
    </message>
    <message>
        <source>The next line starts a new phase.</source>
        <translation>Coa seguinte liña comeza unha nova fase.</translation>
    </message>
    <message>
        <source>In answer to: %1 %2</source>
        <translation>En resposta a: %1 %2</translation>
    </message>
    <message>
        <source>Defined in %1</source>
        <translation>Defínese en %1</translation>
    </message>
    <message>
        <source>What anyone on the wire sees</source>
        <translation>O que ve calquera na rede</translation>
    </message>
    <message numerus="yes">
        <source>A TLS record of %n octet(s); its 5-octet header is in clear:</source>
        <translation>
            <numerusform>Un rexistro TLS de %n octeto; a súa cabeceira de 5 octetos vai en claro:</numerusform>
            <numerusform>Un rexistro TLS de %n octetos; a súa cabeceira de 5 octetos vai en claro:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — content type: %2 (%3)</source>
        <translation>%1 — tipo de contido: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — version: %2 (TLS 1.3 writes 0x0303 here too, for old middleboxes)</source>
        <translation>%1 — versión: %2 (TLS 1.3 tamén escribe 0x0303 aquí, polos aparellos intermedios antigos)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — length: %n octet(s) follow</source>
        <translation>
            <numerusform>%1 — lonxitude: segue %n octeto</numerusform>
            <numerusform>%1 — lonxitude: seguen %n octetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n octet(s) of ciphertext ending in a 16-octet authentication tag: only the two hosts hold the keys to read it. The real content type is hidden inside (RFC 8446 §5.2).</source>
        <translation>
            <numerusform>Despois, %n octeto de texto cifrado que remata nunha etiqueta de autenticación de 16 octetos: só as dúas máquinas teñen as claves para lelo. O tipo de contido real vai agochado dentro (RFC 8446 §5.2).</numerusform>
            <numerusform>Despois, %n octetos de texto cifrado que rematan nunha etiqueta de autenticación de 16 octetos: só as dúas máquinas teñen as claves para lelos. O tipo de contido real vai agochado dentro (RFC 8446 §5.2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n octet(s) of the message in clear: nothing secret is in it.</source>
        <translation>
            <numerusform>Despois, %n octeto da mensaxe en claro: non leva nada secreto.</numerusform>
            <numerusform>Despois, %n octetos da mensaxe en claro: non leva nada secreto.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not a TLS record header)</source>
        <translation>(non é unha cabeceira de rexistro TLS)</translation>
    </message>
    <message>
        <source>What %1 reads (decrypted)</source>
        <translation>O que le %1 (descifrado)</translation>
    </message>
    <message>
        <source>A password, but inside TLS: it crossed the wire only as ciphertext, in the record shown below; only %1 reads it.</source>
        <translation>Un contrasinal, pero dentro de TLS: cruzou a rede só como texto cifrado, no rexistro que se mostra debaixo; só %1 o le.</translation>
    </message>
    <message>
        <source>TLS handshake message</source>
        <translation>Mensaxe do handshake TLS</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s) of plaintext: the line and its CR LF, encrypted inside the record below</source>
        <translation>
            <numerusform>%n octeto de texto en claro: a liña e o seu CR LF, cifrados dentro do rexistro de debaixo</numerusform>
            <numerusform>%n octetos de texto en claro: a liña e o seu CR LF, cifrados dentro do rexistro de debaixo</numerusform>
        </translation>
    </message>
    <message>
        <source>A password in clear text, masked here as ****: anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</source>
        <translation>Un contrasinal en claro, aquí oculto como ****: calquera que poida observar a rede pode ler esta liña. Os servidores reais cifran antes a conexión con TLS.</translation>
    </message>
</context>
<context>
    <name>MailClient</name>
    <message>
        <source>%1 does not offer 8BITMIME: the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>%1 non ofrece 8BITMIME: a mensaxe recodificouse en 7 bits (quoted-printable)</translation>
    </message>
    <message>
        <source>%1 was greeted with HELO, which gets no extensions (no 8BITMIME): the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>Saudouse a %1 con HELO, que non dá extensións (tampouco 8BITMIME): a mensaxe recodificouse en 7 bits (quoted-printable)</translation>
    </message>
</context>
<context>
    <name>MailClientWindow</name>
    <message>
        <source>Downloaded on demand from %1: %2 (the text was already here).</source>
        <translation>Descargado baixo demanda de %1: %2 (o texto xa estaba aquí).</translation>
    </message>
    <message>
        <source>Downloads only the attachments left on the server (UID FETCH … BODY.PEEK[part])</source>
        <translation>Descarga só os anexos que quedaron no servidor (UID FETCH … BODY.PEEK[parte])</translation>
    </message>
    <message>
        <source>Download a&amp;ttachments</source>
        <translation>Descargar ane&amp;xos</translation>
    </message>
    <message>
        <source>&amp;IMAP: leave the mail on the server</source>
        <translation>&amp;IMAP: deixar o correo no servidor</translation>
    </message>
    <message>
        <source>Downloads the new mail from %1's server by POP3 (port 110) or IMAP (port 143)</source>
        <translation>Descarga o correo novo do servidor de %1 por POP3 (porto 110) ou IMAP (porto 143)</translation>
    </message>
    <message>
        <source>The mail stays on the server, in its folders; only the text is downloaded, and the attachments stay there too.</source>
        <translation>O correo queda no servidor, nos seus cartafoles; só se descarga o texto, e os anexos tamén quedan alí.</translation>
    </message>
    <message>
        <source>When fetching mail</source>
        <translation>Ao descargar o correo</translation>
    </message>
    <message numerus="yes">
        <source>IMAP: %n new message(s); %1 of %2 octets downloaded, %3 attachment(s) left on the server, which keeps all %4 message(s).</source>
        <translation>
            <numerusform>IMAP: %n mensaxe nova; descargáronse %1 de %2 octetos, quedaron %3 anexo(s) no servidor, que garda as %4 mensaxe(s).</numerusform>
            <numerusform>IMAP: %n mensaxes novas; descargáronse %1 de %2 octetos, quedaron %3 anexo(s) no servidor, que garda as %4 mensaxe(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending… playback is paused: press Play (Space) or Step (Right) in the main window to let its lines go out.</source>
        <translation>Enviando… a reprodución está en pausa: preme Reproducir (Espazo) ou Paso (Dereita) na xanela principal para que saian as súas liñas.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sen asunto)</translation>
    </message>
    <message>
        <source>No messages yet: press Fetch.</source>
        <translation>Aínda non hai mensaxes: preme Descargar.</translation>
    </message>
    <message>
        <source>Choose a message to read it.</source>
        <translation>Escolle unha mensaxe para lela.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>This mail client is gone (the scenario restarted).</source>
        <translation>Este cliente de correo xa non existe (o escenario reiniciouse).</translation>
    </message>
    <message>
        <source>%1's mail client (%2)</source>
        <translation>Cliente de correo de %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Caixa de entrada</translation>
    </message>
    <message>
        <source>C&amp;ompose</source>
        <translation>&amp;Redactar</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>fran@servidor.edu (several: separate them with commas)</source>
        <translation>fran@servidor.edu (se son varios, sepáraos con comas)</translation>
    </message>
    <message>
        <source>Write the message here.</source>
        <translation>Escribe aquí a mensaxe.</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Hands the message to %1's server by SMTP (port 587, with a password)</source>
        <translation>Entrega a mensaxe ao servidor de %1 por SMTP (porto 587, con contrasinal)</translation>
    </message>
    <message>
        <source>Download and &amp;delete</source>
        <translation>Descarga e &amp;borrado</translation>
    </message>
    <message>
        <source>Download and &amp;keep</source>
        <translation>Descarga e &amp;mantén</translation>
    </message>
    <message>
        <source>The messages are deleted from the server once downloaded: no other client can read them again.</source>
        <translation>As mensaxes bórranse do servidor unha vez descargadas: ningún outro cliente poderá lelas de novo.</translation>
    </message>
    <message>
        <source>The messages stay on the server: another client can read the same mail again.</source>
        <translation>As mensaxes quedan no servidor: outro cliente pode volver ler o mesmo correo.</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Downloads the new mail from %1's server by POP3 (port 110)</source>
        <translation>Descarga o correo novo do servidor de %1 por POP3 (porto 110)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Write at least one address in To.</source>
        <translation>Escribe polo menos un enderezo en Para.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviada: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non enviada: %1</translation>
    </message>
    <message>
        <source>Not sent: the server answered %1 with %2</source>
        <translation>Non enviada: o servidor respondeu a %1 con %2</translation>
    </message>
    <message>
        <source>Not sent for now (a temporary failure, try again later): %1</source>
        <translation>Polo momento non se enviou (un fallo temporal; téntao de novo máis tarde): %1</translation>
    </message>
    <message>
        <source>Refused for %1: %2</source>
        <translation>Rexeitada para %1: %2</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Fetch failed: %1</source>
        <translation>Fallou a descarga: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) downloaded; the server keeps all %1.</source>
        <translation>
            <numerusform>Descargouse %n mensaxe nova; o servidor conserva todas as %1.</numerusform>
            <numerusform>Descargáronse %n mensaxes novas; o servidor conserva todas as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) downloaded and deleted from the server.</source>
        <translation>
            <numerusform>%n mensaxe descargada e borrada do servidor.</numerusform>
            <numerusform>%n mensaxes descargadas e borradas do servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 non é un ficheiro.</translation>
    </message>
    <message>
        <source>%1 is too big to attach (%2; at most %3).</source>
        <translation>%1 é demasiado grande para adxuntalo (%2; como máximo %3).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Non se puido ler %1: %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adxuntar ficheiros</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>or drop files on this window.</source>
        <translation>ou arrastra e solta ficheiros nesta xanela.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 (about %2 in base64)</source>
        <translation>
            <numerusform>%n ficheiro, %1 (uns %2 en base64)</numerusform>
            <numerusform>%n ficheiros, %1 (uns %2 en base64)</numerusform>
        </translation>
    </message>
    <message>
        <source>Base64 (RFC 2045 §6.8) writes every 3 bytes of a file as 4 letters, in lines of 76: the message is about a third bigger than its files.</source>
        <translation>Base64 (RFC 2045 §6.8) escribe cada 3 bytes dun ficheiro como 4 letras, en liñas de 76: a mensaxe ocupa arredor dun terzo máis ca os seus ficheiros.</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>copies, seen by everyone (optional)</source>
        <translation>copias, visibles para todos (opcional)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Ad&amp;xuntar…</translation>
    </message>
    <message>
        <source>Adds files to the message: MIME (RFC 2045, 2046) carries them as parts, encoded in base64</source>
        <translation>Engade ficheiros á mensaxe: MIME (RFC 2045, 2046) lévaos como partes, codificados en base64</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Takes the selected files out of the message (Delete)</source>
        <translation>Quita da mensaxe os ficheiros seleccionados (Supr)</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>sen marcas</translation>
    </message>
    <message>
        <source>UID %1 — %2</source>
        <translation>UID %1 — %2</translation>
    </message>
    <message>
        <source>Folders on the server</source>
        <translation>Cartafoles no servidor</translation>
    </message>
    <message>
        <source>folder name</source>
        <translation>nome do cartafol</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Creates a folder with this name on the server (CREATE)</source>
        <translation>Crea no servidor un cartafol con este nome (CREATE)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Gives the selected folder this name (RENAME)</source>
        <translation>Dálle este nome ao cartafol escollido (RENAME)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deletes the selected folder and its messages from the server (DELETE)</source>
        <translation>Elimina do servidor o cartafol escollido e as súas mensaxes (DELETE)</translation>
    </message>
    <message>
        <source>Sets or clears the \Flagged flag on the server (UID STORE)</source>
        <translation>Pon ou quita a marca \Flagged no servidor (UID STORE)</translation>
    </message>
    <message>
        <source>Sets or clears the \Seen flag on the server (UID STORE)</source>
        <translation>Pon ou quita a marca \Seen no servidor (UID STORE)</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Mover a:</translation>
    </message>
    <message>
        <source>Moves the message to another folder on the server (UID MOVE)</source>
        <translation>Move a mensaxe a outro cartafol do servidor (UID MOVE)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Sen ler</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Sinalados</translation>
    </message>
    <message>
        <source>search on the server</source>
        <translation>buscar no servidor</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Busca&amp;r</translation>
    </message>
    <message>
        <source>The server searches the folder (UID SEARCH): nothing is downloaded for it</source>
        <translation>O servidor busca no cartafol (UID SEARCH): non se descarga nada para iso</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Amosar todas</translation>
    </message>
    <message>
        <source>Stay connected (IDLE)</source>
        <translation>Seguir conectado (IDLE)</translation>
    </message>
    <message>
        <source>Keeps a connection open in IDLE: the server tells of new mail in INBOX as soon as it arrives</source>
        <translation>Mantén unha conexión aberta en IDLE: o servidor avisa do correo novo en INBOX en canto chega</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marcar como non &amp;lido</translation>
    </message>
    <message>
        <source>Mark as r&amp;ead</source>
        <translation>Marcar como l&amp;ido</translation>
    </message>
    <message>
        <source>Unfla&amp;g</source>
        <translation>Quitar sinal&amp;ado</translation>
    </message>
    <message>
        <source>Fla&amp;g</source>
        <translation>Sinal&amp;ar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Moves the message to Trash; in Trash, marks it \Deleted and EXPUNGE removes it from the server</source>
        <translation>Move a mensaxe ao lixo (Trash); no lixo, márcaa \Deleted e EXPUNGE bórraa do servidor</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Preguntando a %1…</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 rexeitou: %2</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; created on %2.</source>
        <translation>Cartafol «%1» creado en %2.</translation>
    </message>
    <message>
        <source>Folder renamed to &quot;%1&quot; on %2.</source>
        <translation>Cartafol renomeado a «%1» en %2.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; deleted from %2.</source>
        <translation>Cartafol «%1» eliminado de %2.</translation>
    </message>
    <message>
        <source>Marked as read (\Seen) on %1.</source>
        <translation>Marcada como lida (\Seen) en %1.</translation>
    </message>
    <message>
        <source>Marked as unread (no \Seen) on %1.</source>
        <translation>Marcada como non lida (sen \Seen) en %1.</translation>
    </message>
    <message>
        <source>Flagged (\Flagged) on %1.</source>
        <translation>Sinalada (\Flagged) en %1.</translation>
    </message>
    <message>
        <source>Flag cleared on %1.</source>
        <translation>Sinal quitado en %1.</translation>
    </message>
    <message>
        <source>Moved to &quot;%1&quot; on %2.</source>
        <translation>Movida a «%1» en %2.</translation>
    </message>
    <message>
        <source>Deleted: moved to &quot;%1&quot; on %2 (it can still be recovered from there).</source>
        <translation>Eliminada: movida a «%1» en %2 (aínda se pode recuperar de alí).</translation>
    </message>
    <message>
        <source>Deleted for good: marked \Deleted and expunged from %1.</source>
        <translation>Eliminada para sempre: marcada \Deleted e borrada de %1 (EXPUNGE).</translation>
    </message>
    <message>
        <source>Connected to %1 in IDLE: new mail will show up by itself.</source>
        <translation>Conectado a %1 en IDLE: o correo novo aparecerá só.</translation>
    </message>
    <message numerus="yes">
        <source>New mail: %n message(s) arrived in INBOX while connected (IDLE).</source>
        <translation>
            <numerusform>Correo novo: chegou %n mensaxe a INBOX mentres estabas conectado (IDLE).</numerusform>
            <numerusform>Correo novo: chegaron %n mensaxes a INBOX mentres estabas conectado (IDLE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched on %1: %2 of %n message(s)</source>
        <translation>
            <numerusform>Buscado en %1: %2 de %n mensaxe</numerusform>
            <numerusform>Buscado en %1: %2 de %n mensaxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>%1: the MX of %2 is this server itself, but %2 is not in its mydestination (Postfix: "mail for %2 loops back to myself")</source>
        <translation>%1: o MX de %2 é este mesmo servidor, pero %2 non está no seu mydestination (Postfix: "mail for %2 loops back to myself")</translation>
    </message>
    <message>
        <source>%1 goes to the relayhost %2, without asking the DNS for an MX</source>
        <translation>%1 vai ao relayhost %2, sen preguntar ao DNS por un MX</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (despois de %2)</translation>
    </message>
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
    <message>
        <source>%1 does not offer 8BITMIME: the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>%1 non ofrece 8BITMIME: a mensaxe recodificouse en 7 bits (quoted-printable)</translation>
    </message>
    <message>
        <source>%1 was greeted with HELO, which gets no extensions (no 8BITMIME): the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>Saudouse a %1 con HELO, que non dá extensións (tampouco 8BITMIME): a mensaxe recodificouse en 7 bits (quoted-printable)</translation>
    </message>
    <message>
        <source>fault: %1 answers %2 with "%3"</source>
        <translation>avaría: %1 responde a %2 con "%3"</translation>
    </message>
    <message>
        <source>fault: %1 cuts the connection in the middle of the message</source>
        <translation>fallo: %1 corta a conexión a metade da mensaxe</translation>
    </message>
    <message>
        <source>fault: %1 cuts the connection at %2</source>
        <translation>fallo: %1 corta a conexión en %2</translation>
    </message>
    <message>
        <source>%1 is not a queue entry (%2); skipped</source>
        <translation>%1 non é unha entrada da cola (%2); omítese</translation>
    </message>
    <message>
        <source>it does not start with "Carteiro-Queue: 1"</source>
        <translation>non comeza por "Carteiro-Queue: 1"</translation>
    </message>
    <message>
        <source>no empty line ends its envelope</source>
        <translation>ningunha liña baleira remata o seu sobre</translation>
    </message>
    <message>
        <source>a line without a field name: "%1"</source>
        <translation>unha liña sen nome de campo: "%1"</translation>
    </message>
    <message>
        <source>its Id, Domain or Recipient is missing</source>
        <translation>fáltalle o Id, o Domain ou o Recipient</translation>
    </message>
    <message>
        <source>%1 cannot store the message: %2</source>
        <translation>%1 non pode gardar a mensaxe: %2</translation>
    </message>
    <message>
        <source>%1 already holds this message: it was stored before, but its 250 may never have reached the client. Accepted again, not stored twice (RFC 5321 section 6.1)</source>
        <translation>%1 xa ten esta mensaxe: gardouse antes, pero o seu 250 quizais nunca chegou ao cliente. Acéptase outra vez, sen gardala dúas veces (RFC 5321 sección 6.1)</translation>
    </message>
    <message>
        <source>MX %1? no MX record and no host %1: unrouteable (RFC 5321 §5.1)</source>
        <translation>MX %1? ningún rexistro MX e ningún servidor %1: non hai ruta (RFC 5321 §5.1)</translation>
    </message>
    <message>
        <source>unrouteable address: no mail host for %1 (5.1.2)</source>
        <translation>enderezo sen ruta: ningún servidor de correo para %1 (5.1.2)</translation>
    </message>
    <message>
        <source>%1 completes the address %2, which has no domain, as %3: Postfix adds @$myorigin to it (append_at_myorigin; myorigin = %4)</source>
        <translation>%1 completa o enderezo %2, que non ten dominio, como %3: Postfix engádelle @$myorigin (append_at_myorigin; myorigin = %4)</translation>
    </message>
    <message>
        <source>%1 is configured as Local only (default_transport = error): mail for %2 cannot leave the machine, so Postfix refuses the recipient at once</source>
        <translation>%1 está configurado como Só local (default_transport = error): o correo para %2 non pode saír da máquina, así que Postfix rexeita o destinatario de inmediato</translation>
    </message>
    <message>
        <source>%1: %2 is configured as Local only (default_transport = error): mail for %3 is not delivered but returned to the sender</source>
        <translation>%1: %2 está configurado como Só local (default_transport = error): o correo para %3 non se entrega, senón que se devolve ao remitente</translation>
    </message>
</context>
<context>
    <name>Maildir</name>
    <message>
        <source>cannot store %1: %2</source>
        <translation>non se pode gardar %1: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>non se pode crear o directorio %1</translation>
    </message>
    <message>
        <source>cannot remove the unfinished file %1</source>
        <translation>non se pode borrar o ficheiro sen rematar %1</translation>
    </message>
    <message>
        <source>%1: unreadable UID list; the folder gets a new UIDVALIDITY</source>
        <translation>%1: lista de UID ilexible; o cartafol recibe un UIDVALIDITY novo</translation>
    </message>
    <message>
        <source>%1: not a folder name; skipped</source>
        <translation>%1: non é un nome de cartafol; omítese</translation>
    </message>
    <message>
        <source>%1 is not a file; skipped</source>
        <translation>%1 non é un ficheiro; omítese</translation>
    </message>
    <message>
        <source>cannot read %1: %2; skipped</source>
        <translation>non se pode ler %1: %2; omítese</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>non se pode crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>non se pode escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot sync the directory %1: %2</source>
        <translation>non se pode sincronizar o directorio %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Handout written to %1</source>
        <translation>Folla escrita en %1</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>Escribindo a folla…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export a handout</source>
        <translation>Exportar unha folla para a clase</translation>
    </message>
    <message>
        <source>Export a &amp;handout (PDF)…</source>
        <translation>Exportar unha &amp;folla para a clase (PDF)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Standards it implements:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SMTP: RFC 5321&lt;/li&gt;&lt;li&gt;Message format: RFC 5322&lt;/li&gt;&lt;li&gt;MIME: RFC 2045, 2046, 2047, 2048 and 2049&lt;/li&gt;&lt;li&gt;POP3: RFC 1939&lt;/li&gt;&lt;li&gt;IMAP: RFC 3501&lt;/li&gt;&lt;li&gt;TLS for mail (STARTTLS and implicit TLS): RFC 2595 and RFC 8314&lt;/li&gt;&lt;li&gt;HTTP: RFC 9110 and RFC 9112&lt;/li&gt;&lt;li&gt;TLS 1.3: RFC 8446&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Normas que implementa:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SMTP: RFC 5321&lt;/li&gt;&lt;li&gt;Formato das mensaxes: RFC 5322&lt;/li&gt;&lt;li&gt;MIME: RFC 2045, 2046, 2047, 2048 e 2049&lt;/li&gt;&lt;li&gt;POP3: RFC 1939&lt;/li&gt;&lt;li&gt;IMAP: RFC 3501&lt;/li&gt;&lt;li&gt;TLS para o correo (STARTTLS e TLS implícito): RFC 2595 e RFC 8314&lt;/li&gt;&lt;li&gt;HTTP: RFC 9110 e RFC 9112&lt;/li&gt;&lt;li&gt;TLS 1.3: RFC 8446&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). Carteiro is free software: you may share and change it under its terms. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licenza: Licenza Pública Xeral de GNU, versión 3 ou posterior (GPL-3.0-or-later). Carteiro é software libre: podes compartilo e modificalo segundo os seus termos. Non ten ningunha garantía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Servidores</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <source>Settings of %1…</source>
        <translation>Configuración de %1…</translation>
    </message>
    <message>
        <source>Capture written to %1: open it in Wireshark</source>
        <translation>Captura escrita en %1: ábrea en Wireshark</translation>
    </message>
    <message>
        <source>pcapng capture (*.pcapng)</source>
        <translation>Captura pcapng (*.pcapng)</translation>
    </message>
    <message>
        <source>Export the capture</source>
        <translation>Exportar a captura</translation>
    </message>
    <message>
        <source>Export the &amp;capture for Wireshark…</source>
        <translation>Exportar a &amp;captura para Wireshark…</translation>
    </message>
    <message>
        <source>%1's capture</source>
        <translation>Captura de %1</translation>
    </message>
    <message>
        <source>Eavesdropper's capture</source>
        <translation>Captura da escoitadora</translation>
    </message>
    <message>
        <source>Showing line %1 of %2, at %3 s (End or the map's banner returns to now)</source>
        <translation>Amosando a liña %1 de %2, aos %3 s (Fin ou o aviso do mapa volven ao presente)</translation>
    </message>
    <message>
        <source>Carteiro — %1</source>
        <translation>Carteiro — %1</translation>
    </message>
    <message>
        <source>About Carteiro</source>
        <translation>Acerca de Carteiro</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Carteiro&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Simulated hosts talk real SMTP, POP3, IMAP and HTTP over loopback sockets, with or without TLS; every command and reply is drawn on the timeline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Carteiro&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Máquinas simuladas falan SMTP, POP3, IMAP e HTTP de verdade a través de sockets de bucle local (loopback), con ou sen TLS; cada orde e cada resposta debúxase na liña temporal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Reprodución</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back one line over what was recorded (Left)</source>
        <translation>Retrocede unha liña no que xa quedou rexistrado (frecha esquerda)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Let one command or one reply cross the wire (Right)</source>
        <translation>Deixa pasar pola rede unha orde ou unha resposta (frecha dereita)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Play the scenario again from the start (Home)</source>
        <translation>Reproduce o escenario outra vez desde o principio (Inicio)</translation>
    </message>
    <message>
        <source>Speed while playing</source>
        <translation>Velocidade de reprodución</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Mail clients</source>
        <translation>&amp;Clientes de correo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Axuda</translation>
    </message>
    <message>
        <source>&amp;Built-in scenario</source>
        <translation>Escenario &amp;incluído</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>Export the &amp;transcript…</source>
        <translation>Exportar a &amp;transcrición…</translation>
    </message>
    <message>
        <source>Export the timeline as &amp;image…</source>
        <translation>Exportar a liña temporal como &amp;imaxe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Saír</translation>
    </message>
    <message>
        <source>&amp;About Carteiro</source>
        <translation>Acerca &amp;de Carteiro</translation>
    </message>
    <message>
        <source>Mail client of %1 (%2)</source>
        <translation>Cliente de correo de %1 (%2)</translation>
    </message>
    <message>
        <source>Carteiro</source>
        <translation>Carteiro</translation>
    </message>
    <message>
        <source>The scenario is over: %1 expectations hold.</source>
        <translation>O escenario rematou: cúmprense as %1 expectativas.</translation>
    </message>
    <message>
        <source>The scenario is over: %1 of %2 expectations hold.</source>
        <translation>O escenario rematou: cúmprense %1 de %2 expectativas.</translation>
    </message>
    <message>
        <source>Playing the scenario: %1</source>
        <translation>Reproducindo o escenario: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Comezar</translation>
    </message>
    <message>
        <source>Start the story: the lines go out one after another (Space); Step sends one (Right)</source>
        <translation>Comezar a historia: as liñas saen unha tras outra (Espazo); Paso envía unha (Dereita)</translation>
    </message>
    <message>
        <source>Paused at the start: read the caption, then press Start (Space)</source>
        <translation>En pausa ao comezo: le o rótulo e despois preme Comezar (Espazo)</translation>
    </message>
    <message>
        <source>Paused: %1 (Space plays, Right sends one line)</source>
        <translation>En pausa: %1 (Espazo reproduce, Dereita envía unha liña)</translation>
    </message>
    <message>
        <source>Pause: each line then waits for Step (Space)</source>
        <translation>Pausa: despois, cada liña agarda a que premas Paso (Espazo)</translation>
    </message>
    <message>
        <source>Play the lines one after another (Space)</source>
        <translation>Reproduce as liñas unha tras outra (Espazo)</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Velocidade %1</translation>
    </message>
    <message>
        <source>Looking back: line %1 of %2 (Right goes forward, Space returns to now)</source>
        <translation>Revisando o pasado: liña %1 de %2 (a frecha dereita avanza; Espazo volve ao presente)</translation>
    </message>
    <message>
        <source>Next on the wire: %1</source>
        <translation>Seguinte liña na rede: %1</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Abrir un escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.scenario);;All files (*)</source>
        <translation>Escenarios (*.scenario);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Export the transcript</source>
        <translation>Exportar a transcrición</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Fallou a exportación</translation>
    </message>
    <message>
        <source>Transcript written to %1</source>
        <translation>Transcrición gardada en %1</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exportar a liña temporal</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>Imaxe SVG (*.svg);;Imaxe PNG (*.png)</translation>
    </message>
    <message>
        <source>Timeline written to %1</source>
        <translation>Liña temporal gardada en %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaxe</translation>
    </message>
    <message>
        <source>Select a line of a message on the timeline (after DATA's 354, or after the +OK of RETR) to see the whole message here.</source>
        <translation>Selecciona unha liña dunha mensaxe na liña temporal (despois do 354 de DATA ou do +OK de RETR) para ver aquí a mensaxe completa.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>%1 changed on disk and was played again.</source>
        <translation>%1 cambiou no disco e volveu reproducirse.</translation>
    </message>
    <message>
        <source>%1 changed on disk but has errors: %2</source>
        <translation>%1 cambiou no disco pero ten erros: %2</translation>
    </message>
    <message>
        <source>Open &amp;world…</source>
        <translation>Abrir &amp;mundo…</translation>
    </message>
    <message>
        <source>&amp;Save world…</source>
        <translation>&amp;Gardar o mundo…</translation>
    </message>
    <message>
        <source>Predictions: %1 of %2 right</source>
        <translation>Predicións: %1 de %2 acertadas</translation>
    </message>
    <message>
        <source>World loaded from %1: it goes on from where it was saved.</source>
        <translation>Mundo cargado de %1: segue desde onde se gardou.</translation>
    </message>
    <message>
        <source>%1 has errors and was not played; the scenario that was running goes on.</source>
        <translation>%1 ten erros e non se reproduciu; o escenario que estaba en marcha continúa.</translation>
    </message>
    <message>
        <source>Save the world</source>
        <translation>Gardar o mundo</translation>
    </message>
    <message>
        <source>Carteiro worlds (*.carteiro);;All files (*)</source>
        <translation>Mundos de Carteiro (*.carteiro);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Open a saved world</source>
        <translation>Abrir un mundo gardado</translation>
    </message>
    <message>
        <source>There is no world to save.</source>
        <translation>Non hai ningún mundo que gardar.</translation>
    </message>
    <message numerus="yes">
        <source>World saved to %1 (the %n connection(s) open now are not kept).</source>
        <translation>
            <numerusform>Mundo gardado en %1 (a %n conexión aberta agora non se garda).</numerusform>
            <numerusform>Mundo gardado en %1 (as %n conexións abertas agora non se gardan).</numerusform>
        </translation>
    </message>
    <message>
        <source>World saved to %1</source>
        <translation>Mundo gardado en %1</translation>
    </message>
    <message>
        <source>The world was not saved</source>
        <translation>Non se gardou o mundo</translation>
    </message>
    <message>
        <source>The world cannot be opened</source>
        <translation>Non se pode abrir o mundo</translation>
    </message>
    <message>
        <source>⚠ Listening beyond loopback</source>
        <translation>⚠ Escoitando alén do loopback</translation>
    </message>
    <message>
        <source>These services accept connections from other machines, and passwords travel in clear text:
%1</source>
        <translation>Estes servizos aceptan conexións doutras máquinas, e os contrasinais viaxan en texto claro:
%1</translation>
    </message>
    <message>
        <source>Each service listens on its standard port plus %1:
%2</source>
        <translation>Cada servizo escoita no seu porto estándar máis %1:
%2</translation>
    </message>
    <message>
        <source>Ports +%1 (+%2 was taken)</source>
        <translation>Portos +%1 (+%2 estaba ocupado)</translation>
    </message>
    <message>
        <source>The ports of offset %1 were in use (by another Carteiro on this machine, perhaps another user&apos;s), so this window took the next free offset, %2. Connect to the ports shown here.</source>
        <translation>Os portos do desprazamento %1 estaban ocupados (por outro Carteiro nesta máquina, quizais doutra persoa), así que esta xanela colleu o seguinte desprazamento libre, %2. Conéctate aos portos que se amosan aquí.</translation>
    </message>
    <message>
        <source>Ports +%1</source>
        <translation>Portos +%1</translation>
    </message>
    <message>
        <source>Export the class's &amp;access sheet (PDF)…</source>
        <translation>Exportar a folla de &amp;acceso da clase (PDF)…</translation>
    </message>
    <message>
        <source>Export the access sheet</source>
        <translation>Exportar a folla de acceso</translation>
    </message>
    <message>
        <source>This scenario declares no class: add "students 30 on 2esi.org" or "class alumnos.csv" to it.</source>
        <translation>Este escenario non declara ningunha clase: engádelle "students 30 on 2esi.org" ou "class alumnos.csv".</translation>
    </message>
    <message>
        <source>Access sheet written to %1</source>
        <translation>Folla de acceso escrita en %1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Export the class's &amp;results (CSV or JSON)…</source>
        <translation>Exportar os &amp;resultados da clase (CSV ou JSON)…</translation>
    </message>
    <message>
        <source>Export the class's results</source>
        <translation>Exportar os resultados da clase</translation>
    </message>
    <message>
        <source>Results (*.csv *.json)</source>
        <translation>Resultados (*.csv *.json)</translation>
    </message>
    <message>
        <source>The class's results were written to %1.</source>
        <translation>Os resultados da clase gardáronse en %1.</translation>
    </message>
    <message>
        <source>This window is not open on a class (carteiro --class FILE).</source>
        <translation>Esta xanela non está aberta sobre unha clase (carteiro --class FICHEIRO).</translation>
    </message>
    <message>
        <source>Students: %1. Each one's exercises are checked as they work; click a student in the class panel to see only their sessions.</source>
        <translation>Alumnado: %1. Os exercicios de cada quen compróbanse mentres traballa; preme nun alumno ou alumna no panel da clase para ver só as súas sesións.</translation>
    </message>
    <message>
        <source>%1: the file's name must end in .csv or .json</source>
        <translation>%1: o nome do ficheiro ten que acabar en .csv ou .json</translation>
    </message>
    <message>
        <source>Class: %1 of %2 students answered</source>
        <translation>Clase: responderon %1 de %2 alumnos</translation>
    </message>
    <message>
        <source>Class: %1 of %2 students answered, %3 right</source>
        <translation>Clase: responderon %1 de %2 alumnos, %3 acertaron</translation>
    </message>
    <message>
        <source>Students: %1, each with a world of their own. Each one's exercises are checked as they work; click a student in the class panel to see their world.</source>
        <translation>Alumnado: %1, cada quen co seu propio mundo. Os exercicios de cada quen compróbanse mentres traballa; preme nun alumno ou alumna no panel da clase para ver o seu mundo.</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Amosar os contrasinais</translation>
    </message>
    <message>
        <source>The passwords typed by the students will be shown on the timeline, in the inspector and on the map: everyone who sees the projected screen will read them. Show them?</source>
        <translation>Os contrasinais que escriban os alumnos amosaranse na liña de tempo, no inspector e no mapa: quen vexa a pantalla proxectada poderá lelos. Amosalos?</translation>
    </message>
    <message>
        <source>Show &amp;passwords (on the projector too)</source>
        <translation>Amosar os &amp;contrasinais (tamén no proxector)</translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message>
        <source>%1 in the message, %2 once its transfer encoding is undone</source>
        <translation>%1 na mensaxe, %2 unha vez desfeita a codificación de transferencia</translation>
    </message>
    <message>
        <source>%1 in the message</source>
        <translation>%1 na mensaxe</translation>
    </message>
    <message>
        <source>Select a header field to read what it is for.</source>
        <translation>Selecciona un campo da cabeceira para ler para que serve.</translation>
    </message>
    <message>
        <source>As it travelled (header fields may only hold ASCII, so other characters are written as RFC 2047 encoded words):</source>
        <translation>Tal como viaxou (os campos da cabeceira só poden conter ASCII, así que os demais caracteres escríbense como palabras codificadas do RFC 2047):</translation>
    </message>
    <message>
        <source>The whole message: header fields, a blank line, then a body of type %1</source>
        <translation>A mensaxe completa: campos da cabeceira, unha liña en branco e despois un corpo de tipo %1</translation>
    </message>
    <message>
        <source>A body made of parts one after another, such as a text and its attachments</source>
        <translation>Un corpo formado por partes, unha tras outra, como un texto e os seus adxuntos</translation>
    </message>
    <message>
        <source>The same content in several forms (plain text and HTML): the reader's client shows the best one it can</source>
        <translation>O mesmo contido en varias formas (texto plano e HTML): o cliente de quen le amosa a mellor que pode</translation>
    </message>
    <message>
        <source>A body made of parts, separated by a boundary line</source>
        <translation>Un corpo formado por partes, separadas por unha liña delimitadora</translation>
    </message>
    <message>
        <source>An attachment: “%1” (%2)</source>
        <translation>Un adxunto: “%1” (%2)</translation>
    </message>
    <message>
        <source>Text (%1) in the %2 character set</source>
        <translation>Texto (%1) co xogo de caracteres %2</translation>
    </message>
    <message>
        <source>Attachment “%1” (%2, %3). Use “Save attachment…” to keep it as a file.</source>
        <translation>Adxunto “%1” (%2, %3). Usa “Gardar o adxunto…” para conservalo como ficheiro.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sen nome)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Adxuntos: %1</translation>
    </message>
    <message>
        <source>There is no such part in this message.</source>
        <translation>Esta mensaxe non ten esa parte.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Non se puido escribir %1: %2</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Gardar o adxunto</translation>
    </message>
    <message>
        <source>This message is damaged: %1</source>
        <translation>Esta mensaxe está danada: %1</translation>
    </message>
    <message>
        <source>MIME parts</source>
        <translation>Partes MIME</translation>
    </message>
    <message>
        <source>MIME (RFC 2045, 2046) lets one message carry several parts: text, other forms of it, attachments. Select a part to see its bytes.</source>
        <translation>MIME (RFC 2045, 2046) permite que unha mensaxe leve varias partes: o texto, outras formas del e adxuntos. Selecciona unha parte para ver os seus bytes.</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>Gardar o adxunto…</translation>
    </message>
    <message>
        <source>Writes the selected attachment to a file, decoded (as it was before being attached)</source>
        <translation>Garda o adxunto seleccionado nun ficheiro, descodificado (tal como era antes de adxuntalo)</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Charset</source>
        <translation>Xogo de caracteres</translation>
    </message>
    <message>
        <source>Transfer encoding</source>
        <translation>Codificación de transferencia</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do ficheiro</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Que é</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Campos da cabeceira</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código fonte</translation>
    </message>
    <message>
        <source>The message as the reader's mail client shows it</source>
        <translation>A mensaxe tal como a amosa o cliente de correo de quen a le</translation>
    </message>
    <message>
        <source>The header fields of the message (or of the selected part), each explained</source>
        <translation>Os campos da cabeceira da mensaxe (ou da parte seleccionada), cada un coa súa explicación</translation>
    </message>
    <message>
        <source>The message byte by byte, as it travelled</source>
        <translation>A mensaxe byte a byte, tal como viaxou</translation>
    </message>
    <message>
        <source>%1%2 marks the end of each line (CR LF). The selected part is highlighted: its header fields lightly, its body strongly.</source>
        <translation>%1%2 marca o final de cada liña (CR LF). A parte seleccionada aparece resaltada: os seus campos da cabeceira, suavemente; o seu corpo, con máis intensidade.</translation>
    </message>
    <message>
        <source>No message.</source>
        <translation>Non hai ningunha mensaxe.</translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <source>Real server: the student's own Postfix and Dovecot, outside Carteiro. The simulated clients send to it and fetch from it; its replies are drawn as they come.</source>
        <translation>Servidor real: o Postfix e o Dovecot do propio alumno, fóra de Carteiro. Os clientes simulados envíanlle correo e descargan del; as súas respostas debúxanse tal como chegan.</translation>
    </message>
    <message>
        <source>real server %1</source>
        <translation>servidor real %1</translation>
    </message>
    <message>
        <source>Webmail: a web server whose pages read and send mail. A browser speaks HTTP to it; behind each page it speaks IMAP and SMTP to the mail server.</source>
        <translation>Webmail: un servidor web cuxas páxinas len e envían correo. Un navegador fálalle HTTP; detrás de cada páxina, el fala IMAP e SMTP co servidor de correo.</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>webmail</source>
        <translation>webmail</translation>
    </message>
    <message>
        <source>%1 is on the network and reads what crosses this link. Click to see the capture.</source>
        <translation>%1 está na rede e le o que pasa por este enlace. Preme para ver a captura.</translation>
    </message>
    <message>
        <source>The past: line %1 of %2 — click here to go back to now</source>
        <translation>O pasado: liña %1 de %2 — preme aquí para volver ao agora</translation>
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
        <translation>cliente</translation>
    </message>
    <message>
        <source>off the network</source>
        <translation>fóra da rede</translation>
    </message>
    <message>
        <source>queue: %1</source>
        <translation>cola: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>inbox: %1</source>
        <translation>caixa de entrada: %1</translation>
    </message>
    <message>
        <source>MX: %1</source>
        <translation>MX: %1</translation>
    </message>
    <message>
        <source>a real program</source>
        <translation>un programa real</translation>
    </message>
    <message>
        <source>No world is running.</source>
        <translation>Non hai ningún mundo simulado en marcha.</translation>
    </message>
    <message>
        <source>Mail user agent (MUA): composes messages, sends them to its server by SMTP submission and downloads the mailbox by POP3.</source>
        <translation>Axente de usuario de correo (MUA): redacta mensaxes, envíaas ao seu servidor por SMTP (envío ou submission) e descarga o buzón por POP3.</translation>
    </message>
    <message>
        <source>Mail transfer agent (MTA): relays mail by SMTP through its queue. Mail delivery agent (MDA): keeps its users' mailboxes and hands them out by POP3.</source>
        <translation>Axente de transferencia de correo (MTA): reenvía o correo por SMTP a través da súa cola de mensaxes. Axente de entrega de correo (MDA): garda os buzóns dos seus usuarios e ofréceos por POP3.</translation>
    </message>
    <message>
        <source>Domain name system: says which server receives each domain's mail (MX records).</source>
        <translation>Sistema de nomes de dominio (DNS): indica que servidor recibe o correo de cada dominio (rexistros MX).</translation>
    </message>
    <message>
        <source>Console: a terminal where commands are typed by hand, as with telnet.</source>
        <translation>Consola: un terminal onde as ordes se escriben a man, como con telnet.</translation>
    </message>
    <message>
        <source>Outside client: a real program that connected to the world's servers.</source>
        <translation>Cliente externo: un programa real que se conectou aos servidores do mundo simulado.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Enderezo: %1</translation>
    </message>
    <message>
        <source>Listening: %1</source>
        <translation>Escoita en: %1</translation>
    </message>
    <message>
        <source>Off the network (was listening on %1)</source>
        <translation>Fóra da rede (escoitaba en %1)</translation>
    </message>
    <message>
        <source>Messages in the outgoing queue: %1</source>
        <translation>Mensaxes na cola de saída: %1</translation>
    </message>
    <message>
        <source>Mailbox %1: %2 message(s)</source>
        <translation>Buzón %1: %2 mensaxe(s)</translation>
    </message>
    <message>
        <source>Account: %1 (server %2)</source>
        <translation>Conta: %1 (servidor %2)</translation>
    </message>
    <message>
        <source>Inbox: %1 message(s)</source>
        <translation>Caixa de entrada: %1 mensaxe(s)</translation>
    </message>
    <message>
        <source>(as at event %1)</source>
        <translation>(tal como estaba no evento %1)</translation>
    </message>
    <message>
        <source>tapped on %1</source>
        <translation>derivado en %1</translation>
    </message>
    <message>
        <source>The class</source>
        <translation>A clase</translation>
    </message>
    <message>
        <source>students</source>
        <translation>alumnado</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n alumno</numerusform>
            <numerusform>%n alumnos</numerusform>
        </translation>
    </message>
    <message>
        <source>at work: %1</source>
        <translation>traballando: %1</translation>
    </message>
    <message>
        <source>computers seen: %1</source>
        <translation>ordenadores vistos: %1</translation>
    </message>
    <message>
        <source>%1 students' mailboxes: %2</source>
        <translation>%1 caixas de correo de alumnos: %2</translation>
    </message>
    <message>
        <source>Computers seen: %1</source>
        <translation>Ordenadores vistos: %1</translation>
    </message>
    <message>
        <source>The class: %1 students. Each one works from their own computer, a client from outside that connects to the servers; the class panel shows who did what.</source>
        <translation>A clase: %1 alumnos. Cada un traballa desde o seu ordenador, un cliente de fóra que se conecta aos servidores; o panel da clase amosa quen fixo que.</translation>
    </message>
</context>
<context>
    <name>PredictionDialog</name>
    <message>
        <source>No answer given. The server answered:</source>
        <translation>Sen resposta. O servidor respondeu:</translation>
    </message>
    <message>
        <source>Right! The server answered:</source>
        <translation>Acertaches! O servidor respondeu:</translation>
    </message>
    <message>
        <source>Not this time: you said %1. The server answered:</source>
        <translation>Esta vez non: dixeches %1. O servidor respondeu:</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>Puntuación: %1 de %2</translation>
    </message>
    <message>
        <source>Predict the reply</source>
        <translation>Adiviña a resposta</translation>
    </message>
    <message>
        <source>What will &lt;b&gt;%1&lt;/b&gt; answer to &lt;tt&gt;%2&lt;/tt&gt;?</source>
        <translation>Que responderá &lt;b&gt;%1&lt;/b&gt; a &lt;tt&gt;%2&lt;/tt&gt;?</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>I don't know</source>
        <translation>Non o sei</translation>
    </message>
</context>
<context>
    <name>PredictionQuiz</name>
    <message>
        <source>BAD: the command was not understood (syntax, or the wrong state)</source>
        <translation>BAD: a orde non se entendeu (sintaxe, ou estado equivocado)</translation>
    </message>
    <message>
        <source>NO: the command was understood but failed</source>
        <translation>NO: a orde entendeuse pero fallou</translation>
    </message>
    <message>
        <source>OK: the command worked</source>
        <translation>OK: a orde funcionou</translation>
    </message>
    <message>
        <source>positive: the command worked</source>
        <translation>positiva: a orde funcionou</translation>
    </message>
    <message>
        <source>negative: the command failed</source>
        <translation>negativa: a orde fallou</translation>
    </message>
    <message>
        <source>Predict: what will %1 answer to "%2"? Choices: %3</source>
        <translation>Adiviña: que responderá %1 a "%2"? Opcións: %3</translation>
    </message>
    <message>
        <source>Prediction %1: no answer — the server answered %2 (%3 of %4 right so far)</source>
        <translation>Predición %1: sen resposta — o servidor respondeu %2 (%3 de %4 acertadas ata agora)</translation>
    </message>
    <message>
        <source>Prediction %1: %2 — right (%3 of %4 so far)</source>
        <translation>Predición %1: %2 — acertada (%3 de %4 ata agora)</translation>
    </message>
    <message>
        <source>Prediction %1: %2 — the server answered %3 (%4 of %5 right so far)</source>
        <translation>Predición %1: %2 — o servidor respondeu %3 (%4 de %5 acertadas ata agora)</translation>
    </message>
</context>
<context>
    <name>ReceiptJournal</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>non se pode ler %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) that are not receipts; skipped</source>
        <translation><numerusform>%1: %n liña que non é un recibo; omítese</numerusform><numerusform>%1: %n liñas que non son recibos; omítense</numerusform></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>non se pode abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>ScenarioErrorsDialog</name>
    <message>
        <source>Errors in %1</source>
        <translation>Erros en %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s), so it was not played: the scenario that was running goes on untouched. Mend the file (each line says where: file:line:column) and check again.</source>
        <translation>
            <numerusform>%1 ten %n erro, así que non se reproduciu: o escenario que estaba en marcha segue sen cambios. Corrixe o ficheiro (cada liña di onde: ficheiro:liña:columna) e compróbao de novo.</numerusform>
            <numerusform>%1 ten %n erros, así que non se reproduciu: o escenario que estaba en marcha segue sen cambios. Corrixe o ficheiro (cada liña di onde: ficheiro:liña:columna) e compróbao de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;novo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Pechar</translation>
    </message>
</context>
<context>
    <name>ScenarioParser</name>
    <message>
        <source>%1 is the real server at %2: a scenario sends mail to it and fetches from it, but cannot look into it or change it as this statement would; check the transcript (expect reply, expect wire) or what a client fetched (expect client) instead</source>
        <translation>%1 é o servidor real en %2: un escenario envíalle correo e descarga del, pero non pode mirar dentro del nin cambialo como faría esta instrución; comproba no seu lugar a transcrición (expect reply, expect wire) ou o que descargou un cliente (expect client)</translation>
    </message>
    <message>
        <source>the real server's address</source>
        <translation>o enderezo do servidor real</translation>
    </message>
    <message>
        <source>a service and its port (%1) or the end of the line</source>
        <translation>un servizo e o seu porto (%1) ou o final da liña</translation>
    </message>
    <message>
        <source>the port of %1 is already given on this line</source>
        <translation>o porto de %1 xa se deu nesta liña</translation>
    </message>
    <message>
        <source>the address of the real server, such as 127.0.0.1 or 192.168.1.10</source>
        <translation>o enderezo do servidor real, como 127.0.0.1 ou 192.168.1.10</translation>
    </message>
    <message>
        <source>"real" is already given on this line</source>
        <translation>"real" xa se deu nesta liña</translation>
    </message>
    <message>
        <source>a real server has no simulated "address"; it is reached at the address given after "real"</source>
        <translation>un servidor real non ten "address" simulado; chégase a el no enderezo dado despois de "real"</translation>
    </message>
    <message>
        <source>a value (a word or "quoted text")</source>
        <translation>un valor (unha palabra ou "texto entre comiñas")</translation>
    </message>
    <message>
        <source>a port number such as 110</source>
        <translation>un número de porto coma 110</translation>
    </message>
    <message>
        <source>webmail "%1" is already declared on line %2</source>
        <translation>o webmail "%1" xa está declarado na liña %2</translation>
    </message>
    <message>
        <source>the webmail's host name</source>
        <translation>o nome de máquina do webmail</translation>
    </message>
    <message>
        <source>no webmail serves %1, the domain of client %2; add a line "webmail webmail.%3 for %3"</source>
        <translation>ningún webmail serve %1, o dominio do cliente %2; engade unha liña "webmail webmail.%3 for %3"</translation>
    </message>
    <message>
        <source>%1 is already the name of a host; a webmail needs a host name of its own, such as webmail.servidor.edu</source>
        <translation>%1 xa é o nome dunha máquina; un webmail precisa un nome de máquina propio, como webmail.servidor.edu</translation>
    </message>
    <message>
        <source>an HTTP status such as 200</source>
        <translation>un estado HTTP, como 200</translation>
    </message>
    <message>
        <source>the addresses</source>
        <translation>os enderezos</translation>
    </message>
    <message>
        <source>a quoted path such as "/folder?name=Sent"</source>
        <translation>un camiño entre comiñas, como "/folder?name=Sent"</translation>
    </message>
    <message>
        <source>the UID</source>
        <translation>o UID</translation>
    </message>
    <message>
        <source>a message's UID such as 1</source>
        <translation>o UID dunha mensaxe, como 1</translation>
    </message>
    <message>
        <source>%1 is already the name of a host; an eavesdropper needs a name of her own, such as eva</source>
        <translation>%1 xa é o nome dun host; unha escoitadora precisa un nome propio, como eva</translation>
    </message>
    <message>
        <source>unknown host %1; declared servers: %2; declared clients: %3</source>
        <translation>host descoñecido %1; servidores declarados: %2; clientes declarados: %3</translation>
    </message>
    <message>
        <source>%1 already listens between %2 and %3 on line %4</source>
        <translation>%1 xa escoita entre %2 e %3 na liña %4</translation>
    </message>
    <message>
        <source>an eavesdropper sits between two different hosts; %1 is named twice</source>
        <translation>unha escoitadora está entre dous hosts distintos; %1 nómase dúas veces</translation>
    </message>
    <message>
        <source>the eavesdropper's name</source>
        <translation>o nome da escoitadora</translation>
    </message>
    <message>
        <source>expected a name such as eva (letters, digits, '-', '_' and '.'), found %1</source>
        <translation>agardábase un nome como eva (letras, díxitos, '-', '_' e '.'), atopouse %1</translation>
    </message>
    <message>
        <source>a name such as eva</source>
        <translation>un nome como eva</translation>
    </message>
    <message>
        <source>a host or client name</source>
        <translation>un nome de host ou de cliente</translation>
    </message>
    <message>
        <source>client %1 reads its mail with POP3; IMAP steps need a client declared with "imap" (client %2 user %3 imap)</source>
        <translation>o cliente %1 le o correo con POP3; os pasos IMAP precisan un cliente declarado con "imap" (client %2 user %3 imap)</translation>
    </message>
    <message>
        <source>a search key such as text "praia"</source>
        <translation>unha clave de busca como text "praia"</translation>
    </message>
    <message>
        <source>%1 is not a search key; use text, body, subject, from, to or cc with a quoted text, all, seen, unseen, flagged, unflagged, answered, deleted, larger or smaller with a size, since, before or on with a date, and "not" before a key</source>
        <translation>%1 non é unha clave de busca; usa text, body, subject, from, to ou cc cun texto entre comiñas, all, seen, unseen, flagged, unflagged, answered, deleted, larger ou smaller cun tamaño, since, before ou on cunha data, e "not" diante dunha clave</translation>
    </message>
    <message>
        <source>a date such as 1-Dec-2026</source>
        <translation>unha data como 1-Dec-2026</translation>
    </message>
    <message>
        <source>a size in octets</source>
        <translation>un tamaño en octetos</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>o asunto</translation>
    </message>
    <message>
        <source>the folder name</source>
        <translation>o nome do cartafol</translation>
    </message>
    <message>
        <source>"smtp", "submission", "pop3" or "imap"</source>
        <translation>"smtp", "submission", "pop3" ou "imap"</translation>
    </message>
    <message>
        <source>the reply to %1 must be an IMAP refusal: NO or BAD and a text, without the tag, such as "NO [OVERQUOTA] Quota exceeded"; found %2</source>
        <translation>a resposta a %1 ten que ser un rexeitamento IMAP: NO ou BAD e un texto, sen a etiqueta, como "NO [OVERQUOTA] Quota exceeded"; atopouse %2</translation>
    </message>
    <message>
        <source>an IMAP flag such as \Seen</source>
        <translation>unha marca IMAP como \Seen</translation>
    </message>
    <message>
        <source>%1 is not a folder name: it may not be INBOX, begin or end with "/", or hold "*", "%" or control characters (RFC 3501 §5.1)</source>
        <translation>%1 non é un nome de cartafol: non pode ser INBOX, comezar nin rematar en "/", nin levar "*", "%" ou caracteres de control (RFC 3501 §5.1)</translation>
    </message>
    <message>
        <source>a folder name such as Traballo</source>
        <translation>un nome de cartafol como Traballo</translation>
    </message>
    <message>
        <source>folder %1 is listed twice</source>
        <translation>o cartafol %1 está dúas veces na lista</translation>
    </message>
    <message>
        <source>"pop3", "imap", "tls" or the end of the line</source>
        <translation>"pop3", "imap", "tls" ou o final da liña</translation>
    </message>
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
        <source>; did you mean "%1"?</source>
        <translation>; quixeches dicir "%1"?</translation>
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
        <source>unterminated quoted text; expected a closing " on the same line</source>
        <translation>texto entre comiñas sen pechar; faltan as comiñas de peche " na mesma liña</translation>
    </message>
    <message>
        <source>expected %1 after %2, found %3</source>
        <translation>agardábase %1 tras %2, atopouse %3</translation>
    </message>
    <message>
        <source>quoted text ("…")</source>
        <translation>texto entre comiñas ("…")</translation>
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
        <source>the language "%1"</source>
        <translation>a lingua "%1"</translation>
    </message>
    <message>
        <source>unexpected %1 at the end of the "%2" statement</source>
        <translation>sobra %1 ao final da instrución "%2"</translation>
    </message>
    <message>
        <source>; text with spaces goes between quotes</source>
        <translation>; o texto con espazos vai entre comiñas</translation>
    </message>
    <message>
        <source>%1 line outside a session; start one with "session HOST smtp"</source>
        <translation>liña %1 fóra dunha sesión; comeza unha con "session SERVIDOR smtp"</translation>
    </message>
    <message>
        <source>unknown statement %1; expected one of: %2</source>
        <translation>instrución descoñecida %1; agardábase unha destas: %2</translation>
    </message>
    <message>
        <source>"%1" for this language is already given on line %2</source>
        <translation>xa se indicou "%1" para esta lingua na liña %2</translation>
    </message>
    <message>
        <source>"address", "real" or the end of the line</source>
        <translation>"address", "real" ou o final da liña</translation>
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
        <source>address %1 is already used by server "%2"</source>
        <translation>o enderezo %1 xa o usa o servidor "%2"</translation>
    </message>
    <message>
        <source>server "%1" is already declared on line %2</source>
        <translation>o servidor "%1" xa está declarado na liña %2</translation>
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
        <source>setting "%1" of "%2" is already given on line %3</source>
        <translation>o axuste "%1" de "%2" xa se indicou na liña %3</translation>
    </message>
    <message>
        <source>the domain (only mail exchanger records are simulated)</source>
        <translation>o dominio (só se simulan os rexistros MX, de intercambio de correo)</translation>
    </message>
    <message>
        <source>"preference" or the end of the line</source>
        <translation>"preference" ou o final da liña</translation>
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
        <source>user "%1" is already declared on line %2</source>
        <translation>o usuario "%1" xa está declarado na liña %2</translation>
    </message>
    <message>
        <source>a client name such as ana</source>
        <translation>un nome de cliente como ana</translation>
    </message>
    <message>
        <source>expected a client name such as ana (letters, digits, '-', '_' and '.'), found %1</source>
        <translation>agardábase un nome de cliente como ana (letras, díxitos, '-', '_' e '.'), atopouse %1</translation>
    </message>
    <message>
        <source>the client name</source>
        <translation>o nome do cliente</translation>
    </message>
    <message>
        <source>"pop3" or the end of the line</source>
        <translation>"pop3" ou o final da liña</translation>
    </message>
    <message>
        <source>client "%1" is already declared on line %2</source>
        <translation>o cliente "%1" xa está declarado na liña %2</translation>
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
        <source>%1 is given twice</source>
        <translation>%1 aparece dúas veces</translation>
    </message>
    <message>
        <source>"delete", "keep" or the end of the line</source>
        <translation>"delete", "keep" ou o final da liña</translation>
    </message>
    <message>
        <source>expected "C:", "S:" or "end" inside a session, found %1</source>
        <translation>agardábase "C:", "S:" ou "end" dentro dunha sesión, atopouse %1</translation>
    </message>
    <message>
        <source>session without "end"; close its C: and S: lines with a line "end"</source>
        <translation>sesión sen "end"; pecha as súas liñas C: e S: cunha liña "end"</translation>
    </message>
    <message>
        <source>session without any "C:" or "S:" line</source>
        <translation>sesión sen ningunha liña "C:" nin "S:"</translation>
    </message>
    <message>
        <source>a reply code such as 250, +OK or -ERR</source>
        <translation>un código de resposta como 250, +OK ou -ERR</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>o nome</translation>
    </message>
    <message>
        <source>no server declared; a scenario needs at least one line such as "server servidor.edu"</source>
        <translation>non hai ningún servidor declarado; un escenario necesita polo menos unha liña como "server servidor.edu"</translation>
    </message>
    <message>
        <source>unknown server %1; declared servers: %2</source>
        <translation>servidor descoñecido %1; servidores declarados: %2</translation>
    </message>
    <message>
        <source>%1 in "%2": a port is known only once the world listens; use it in say, goal or hint</source>
        <translation>%1 en "%2": un porto só se coñece cando o mundo xa escoita; úsao en say, goal ou hint</translation>
    </message>
    <message>
        <source>%1: expected {port HOST SERVICE}, the service being smtp, submission, pop3 or imap, as in {port servidor.edu smtp}</source>
        <translation>%1: esperábase {port HOST SERVIZO}, sendo o servizo smtp, submission, pop3 ou imap, coma en {port servidor.edu smtp}</translation>
    </message>
    <message>
        <source>no server declared for the domain %1; add a line "server %2"</source>
        <translation>non hai ningún servidor declarado para o dominio %1; engade unha liña "server %2"</translation>
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
    <message>
        <source>expected "subject", "body", "cc", "attach" or the end of the line, found %1</source>
        <translation>esperábase "subject", "body", "cc", "attach" ou o final da liña, pero atopouse %1</translation>
    </message>
    <message>
        <source>a file name such as foto.png</source>
        <translation>un nome de ficheiro como foto.png</translation>
    </message>
    <message>
        <source>attachment %1 not found; a file is looked for in the scenario's folder (%2)</source>
        <translation>non se atopou o adxunto %1; o ficheiro búscase no cartafol do escenario (%2)</translation>
    </message>
    <message>
        <source>attachment %1 is too large (%2 bytes; at most %3)</source>
        <translation>o adxunto %1 é demasiado grande (%2 bytes; como máximo %3)</translation>
    </message>
    <message>
        <source>cannot read attachment %1: %2</source>
        <translation>non se pode ler o adxunto %1: %2</translation>
    </message>
    <message>
        <source>a file name ("foto.png")</source>
        <translation>un nome de ficheiro ("foto.png")</translation>
    </message>
    <message>
        <source>the reply</source>
        <translation>a resposta</translation>
    </message>
    <message>
        <source>a command (%1)</source>
        <translation>unha orde (%1)</translation>
    </message>
    <message>
        <source>a fault cannot be set at %1; expected one of: %2</source>
        <translation>non se pode poñer unha avaría en %1; esperábase unha destas: %2</translation>
    </message>
    <message>
        <source>the reply to %1 must be an SMTP error: a code from 400 to 599 and a text, such as "452 4.2.2 Mailbox full"; found %2</source>
        <translation>a resposta a %1 ten que ser un erro SMTP: un código de 400 a 599 e un texto, como "452 4.2.2 Mailbox full"; atopouse %2</translation>
    </message>
    <message>
        <source>the reply to %1 must be a POP3 error: -ERR and a text, such as "-ERR [AUTH] invalid password"; found %2</source>
        <translation>a resposta a %1 ten que ser un erro POP3: -ERR e un texto, como "-ERR [AUTH] invalid password"; atopouse %2</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>a orde</translation>
    </message>
    <message>
        <source>an address or a user name such as fran@servidor.edu or fran</source>
        <translation>un enderezo ou un nome de usuario como fran@servidor.edu ou fran</translation>
    </message>
    <message>
        <source>a number of seconds from 1 to %1</source>
        <translation>un número de segundos de 1 a %1</translation>
    </message>
    <message>
        <source>"end" without a "session" or an "exercise" before it</source>
        <translation>"end" sen un "session" ou un "exercise" antes</translation>
    </message>
    <message>
        <source>%1 outside an exercise; start one with a line "exercise"</source>
        <translation>%1 fóra dun exercicio; comeza un cunha liña "exercise"</translation>
    </message>
    <message>
        <source>the name of a header field such as From</source>
        <translation>o nome dun campo de cabeceira, como From</translation>
    </message>
    <message>
        <source>%1 is not a header field name (RFC 5322 §3.6.8: printable characters without spaces or ":")</source>
        <translation>%1 non é un nome de campo de cabeceira (RFC 5322 §3.6.8: caracteres imprimibles sen espazos nin ":")</translation>
    </message>
    <message>
        <source>the header name</source>
        <translation>o nome da cabeceira</translation>
    </message>
    <message>
        <source>"count", "subject", "attachment", "header", "body" or the end of the line</source>
        <translation>"count", "subject", "attachment", "header", "body" ou o final da liña</translation>
    </message>
    <message>
        <source>a connection can be cut at %1 only; found %2</source>
        <translation>unha conexión só se pode cortar en %1; atopouse %2</translation>
    </message>
    <message>
        <source> or the end of the line</source>
        <translation> ou o final da liña</translation>
    </message>
    <message>
        <source>a delay in milliseconds from 0 to %1</source>
        <translation>un atraso en milisegundos de 0 a %1</translation>
    </message>
    <message>
        <source>cannot ask about the reply to %1; expected one of: %2</source>
        <translation>non se pode preguntar pola resposta a %1; agardábase un de: %2</translation>
    </message>
    <message>
        <source>reply codes separated by commas, such as 250, 452, 550</source>
        <translation>códigos de resposta separados por comas, como 250, 452, 550</translation>
    </message>
    <message>
        <source>expected a reply code such as 250, +OK or -ERR in the choices, found %1</source>
        <translation>agardábase un código de resposta como 250, +OK ou -ERR nas opcións, atopouse %1</translation>
    </message>
    <message>
        <source>a prediction needs at least two choices</source>
        <translation>unha predición precisa polo menos dúas opcións</translation>
    </message>
    <message>
        <source>this exercise already has a solution</source>
        <translation>este exercicio xa ten unha solución</translation>
    </message>
    <message>
        <source>"goal" for this language is already given in this exercise</source>
        <translation>"goal" para esta lingua xa está dado neste exercicio</translation>
    </message>
    <message>
        <source>exercise without "end"; close its goal, hint, check and solution lines with a line "end"</source>
        <translation>exercicio sen "end"; pecha as súas liñas goal, hint, check e solution cunha liña "end"</translation>
    </message>
    <message>
        <source>exercise without a goal; add a line such as goal gl "Envía unha mensaxe a Fran escribindo SMTP a man"</source>
        <translation>exercicio sen obxectivo; engade unha liña como goal gl "Envía unha mensaxe a Fran escribindo SMTP a man"</translation>
    </message>
    <message>
        <source>exercise without a check; add a line such as check mailbox fran@servidor.edu count 1</source>
        <translation>exercicio sen comprobación; engade unha liña como check mailbox fran@servidor.edu count 1</translation>
    </message>
    <message>
        <source>no server or MX serves the domain %1: mail to it would bounce at once; did you mean %2?</source>
        <translation>ningún servidor nin MX serve o dominio %1: o correo para el rebotaría de contado; quixeches dicir %2?</translation>
    </message>
    <message>
        <source>a number of students from 1 to %1</source>
        <translation>un número de alumnos de 1 a %1</translation>
    </message>
    <message>
        <source>the number of students</source>
        <translation>o número de alumnos</translation>
    </message>
    <message>
        <source>a class has at most %1 students</source>
        <translation>unha clase ten como moito %1 alumnos</translation>
    </message>
    <message>
        <source>a CSV file such as alumnos.csv</source>
        <translation>un ficheiro CSV como alumnos.csv</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>o nome do ficheiro</translation>
    </message>
    <message>
        <source>a class is already declared on line %1</source>
        <translation>xa se declarou unha clase na liña %1</translation>
    </message>
    <message>
        <source>the class file %1 is too large (%2 bytes; at most %3)</source>
        <translation>o ficheiro da clase %1 é grande de máis (%2 bytes; como moito %3)</translation>
    </message>
    <message>
        <source>cannot read the class file %1: %2</source>
        <translation>non se pode ler o ficheiro da clase %1: %2</translation>
    </message>
    <message>
        <source>expected a header line "name,user" or "name,user,domain" (the domain column may hold whole addresses), found %1</source>
        <translation>agardábase unha liña de cabeceira "name,user" ou "name,user,domain" (a columna do dominio pode levar enderezos completos), atopouse %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed, or text follows its closing quote: %1</source>
        <translation>un campo entre comiñas non se pecha, ou hai texto despois da comiña final: %1</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2: %3</source>
        <translation>agardábanse %1 campos como na cabeceira, atopáronse %2: %3</translation>
    </message>
    <message>
        <source>the student's name is empty</source>
        <translation>o nome do alumno está baleiro</translation>
    </message>
    <message>
        <source>expected a user name such as alumno1 (lower case letters, digits, '.', '_' and '-', at most 32), found %1</source>
        <translation>agardábase un nome de usuario como alumno1 (minúsculas, díxitos, '.', '_' e '-', como moito 32), atopouse %1</translation>
    </message>
    <message>
        <source>expected the address %1@DOMAIN (its local part is the user name), found %2</source>
        <translation>agardábase o enderezo %1@DOMINIO (a súa parte local é o nome de usuario), atopouse %2</translation>
    </message>
    <message>
        <source>no domain for %1: add a domain column, or "on DOMAIN" after the file name</source>
        <translation>non hai dominio para %1: engade unha columna de dominio, ou "on DOMINIO" despois do nome do ficheiro</translation>
    </message>
    <message>
        <source>expected a domain such as 2esi.org, found %1</source>
        <translation>agardábase un dominio como 2esi.org, atopouse %1</translation>
    </message>
    <message>
        <source>the class file %1 names no student (a header line "name,user,domain", then one line per student)</source>
        <translation>o ficheiro da clase %1 non nomea ningún alumno (unha liña de cabeceira "name,user,domain" e despois unha liña por alumno)</translation>
    </message>
    <message>
        <source>the class file %1 was not found; it is looked for in the scenario's folder (%2)</source>
        <translation>non se atopou o ficheiro da clase %1; búscase no cartafol do escenario (%2)</translation>
    </message>
    <message>
        <source>%1 is each student's own address, and this scenario declares no class; add a line such as "students 30 on 2esi.org"</source>
        <translation>%1 é o enderezo de cada alumno, e este escenario non declara ningunha clase; engade unha liña como "students 30 on 2esi.org"</translation>
    </message>
    <message>
        <source>"private" is given twice in the "%1" statement</source>
        <translation>"private" aparece dúas veces na instrución "%1"</translation>
    </message>
    <message>
        <source>this class line says "private" but the one on line %1 does not: every class line says "private" (a world for each student), or none does</source>
        <translation>esta liña da clase di "private" pero a da liña %1 non: ou todas as liñas da clase din "private" (un mundo para cada alumno) ou ningunha</translation>
    </message>
    <message>
        <source>the class line on line %1 says "private" but this one does not: every class line says "private" (a world for each student), or none does</source>
        <translation>a liña da clase da liña %1 di "private" pero esta non: ou todas as liñas da clase din "private" (un mundo para cada alumno) ou ningunha</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>it listens on: %1</source>
        <translation>escoita en: %1</translation>
    </message>
    <message>
        <source>%1 does not listen on port %2</source>
        <translation>%1 non escoita no porto %2</translation>
    </message>
    <message>
        <source>%1 listens on port %2</source>
        <translation>%1 escoita no porto %2</translation>
    </message>
    <message>
        <source>no webmail serves its domain</source>
        <translation>ningún webmail serve o seu dominio</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>respondeu %1</translation>
    </message>
    <message>
        <source>%1 answered with status %2</source>
        <translation>%1 respondeu co estado %2</translation>
    </message>
    <message>
        <source>the browser has not opened a page yet</source>
        <translation>o navegador aínda non abriu ningunha páxina</translation>
    </message>
    <message>
        <source>the text is not there</source>
        <translation>o texto non está</translation>
    </message>
    <message>
        <source>the text is there</source>
        <translation>o texto está</translation>
    </message>
    <message>
        <source>%1 does not contain "%2"</source>
        <translation>%1 non contén "%2"</translation>
    </message>
    <message>
        <source>%1 contains "%2"</source>
        <translation>%1 contén "%2"</translation>
    </message>
    <message>
        <source>the page %2 in %1's browser</source>
        <translation>a páxina %2 no navegador de %1</translation>
    </message>
    <message>
        <source>%1's browser did not get the page it asked for: %2</source>
        <translation>o navegador de %1 non obtivo a páxina que pediu: %2</translation>
    </message>
    <message>
        <source>no TLS session</source>
        <translation>ningunha sesión TLS</translation>
    </message>
    <message>
        <source>TLS sessions: %1</source>
        <translation>sesións TLS: %1</translation>
    </message>
    <message>
        <source>TLS on %1 is refused "%2"</source>
        <translation>TLS no %1 é rexeitado "%2"</translation>
    </message>
    <message>
        <source>%1 is encrypted (TLS)</source>
        <translation>%1 vai cifrado (TLS)</translation>
    </message>
    <message>
        <source>it is not there (%1 octets crossed)</source>
        <translation>non está (cruzaron %1 octetos)</translation>
    </message>
    <message>
        <source>it crossed in clear (%1 octets crossed)</source>
        <translation>pasou en claro (cruzaron %1 octetos)</translation>
    </message>
    <message>
        <source>on %1 nobody reads "%2"</source>
        <translation>no %1 ninguén le "%2"</translation>
    </message>
    <message>
        <source>on %1 anyone reads "%2"</source>
        <translation>no %1 calquera le "%2"</translation>
    </message>
    <message>
        <source>the wire between %1 and %2</source>
        <translation>o fío entre %1 e %2</translation>
    </message>
    <message>
        <source>it has not searched yet</source>
        <translation>aínda non buscou</translation>
    </message>
    <message>
        <source>%1 has searched</source>
        <translation>%1 fixo unha busca</translation>
    </message>
    <message>
        <source>what %1's last search found</source>
        <translation>o que atopou a última busca de %1</translation>
    </message>
    <message>
        <source>no message in %1 has that subject</source>
        <translation>ningunha mensaxe de %1 ten ese asunto</translation>
    </message>
    <message>
        <source>%1 finds the message "%2" in %3</source>
        <translation>%1 atopa a mensaxe "%2" en %3</translation>
    </message>
    <message>
        <source>%1 (only the messages not flagged %2)</source>
        <translation>%1 (só as mensaxes sen a marca %2)</translation>
    </message>
    <message>
        <source>%1 (only the messages flagged %2)</source>
        <translation>%1 (só as mensaxes marcadas %2)</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>non hai ningún cartafol %1</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source>the folder %2 of %1</source>
        <translation>o cartafol %2 de %1</translation>
    </message>
    <message>
        <source>no attachment was left on the server</source>
        <translation>ningún anexo quedou no servidor</translation>
    </message>
    <message>
        <source>attachments left on the server: %1</source>
        <translation>anexos que quedaron no servidor: %1</translation>
    </message>
    <message>
        <source>%1 has a message whose attachment "%2" stayed on the server</source>
        <translation>%1 ten unha mensaxe cuxo anexo "%2" quedou no servidor</translation>
    </message>
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
        <source>%1 has a message with subject "%2"</source>
        <translation>%1 ten unha mensaxe co asunto "%2"</translation>
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
        <source>the inbox of %1's mail client</source>
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
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLOU</translation>
    </message>
    <message>
        <source>%1 has a message with the attachment "%2"</source>
        <translation>%1 ten unha mensaxe co adxunto "%2"</translation>
    </message>
    <message>
        <source>no attachments found</source>
        <translation>non se atopou ningún adxunto</translation>
    </message>
    <message>
        <source>attachments found: %1</source>
        <translation>adxuntos atopados: %1</translation>
    </message>
    <message>
        <source>%1 will answer %2 with "%3"</source>
        <translation>%1 responderá a %2 con "%3"</translation>
    </message>
    <message>
        <source>%1 will answer %2 for %3 with "%4"</source>
        <translation>%1 responderá a %2 para %3 con "%4"</translation>
    </message>
    <message>
        <source>%1 listens again</source>
        <translation>%1 volve escoitar</translation>
    </message>
    <message>
        <source>done with the solution shown</source>
        <translation>feito coa solución á vista</translation>
    </message>
    <message>
        <source>done by the student</source>
        <translation>feito polo alumno</translation>
    </message>
    <message>
        <source>the solution did not reach the goal</source>
        <translation>a solución non chegou ao obxectivo</translation>
    </message>
    <message>
        <source>%1 will cut the connection at %2</source>
        <translation>%1 cortará a conexión en %2</translation>
    </message>
    <message>
        <source>%1 will cut the connection at %2 for %3</source>
        <translation>%1 cortará a conexión en %2 para %3</translation>
    </message>
    <message numerus="yes">
        <source> for %n second(s)</source>
        <translation>
            <numerusform> durante %n segundo</numerusform>
            <numerusform> durante %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers %2 normally again</source>
        <translation>%1 volve responder a %2 con normalidade</translation>
    </message>
    <message>
        <source>the link of %1 is slow: each line it writes arrives %2 ms late</source>
        <translation>a ligazón de %1 é lenta: cada liña que escribe chega %2 ms tarde</translation>
    </message>
    <message>
        <source>the link of %1 is fast again</source>
        <translation>a ligazón de %1 volve ser rápida</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Exercicio: %1</translation>
    </message>
    <message>
        <source>nobody to type it and no solution to play</source>
        <translation>non hai quen o escriba nin solución que reproducir</translation>
    </message>
    <message>
        <source>Hint %1 of %2: %3</source>
        <translation>Pista %1 de %2: %3</translation>
    </message>
    <message>
        <source>the exercise's solution (%1 with %2) goes as written</source>
        <translation>a solución do exercicio (%1 con %2) vai como está escrita</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>Exercise done (%1): %2</source>
        <translation>Exercicio feito (%1): %2</translation>
    </message>
    <message>
        <source>Exercise not done (%1): %2</source>
        <translation>Exercicio sen facer (%1): %2</translation>
    </message>
    <message>
        <source>the exercise is done</source>
        <translation>o exercicio está feito</translation>
    </message>
    <message>
        <source>%1 has a message whose %2 header contains "%3"</source>
        <translation>%1 ten unha mensaxe cuxa cabeceira %2 contén "%3"</translation>
    </message>
    <message>
        <source>no message has a %1 header</source>
        <translation>ningunha mensaxe ten cabeceira %1</translation>
    </message>
    <message>
        <source>%1 headers found: %2</source>
        <translation>cabeceiras %1 atopadas: %2</translation>
    </message>
    <message>
        <source>no replies yet</source>
        <translation>aínda non hai respostas</translation>
    </message>
    <message>
        <source>the question about %1&apos;s reply to %2 (%3)</source>
        <translation>a pregunta sobre a resposta de %1 a %2 (%3)</translation>
    </message>
    <message>
        <source>never asked: no such reply came during the run</source>
        <translation>nunca se preguntou: esa resposta non chegou durante a execución</translation>
    </message>
    <message>
        <source>%1 has a message whose text contains "%2"</source>
        <translation>%1 ten unha mensaxe cuxo texto contén "%2"</translation>
    </message>
    <message>
        <source>no message&apos;s text contains it</source>
        <translation>o texto de ningunha mensaxe o contén</translation>
    </message>
</context>
<context>
    <name>ScriptSession</name>
    <message>
        <source>expected the server to say "%1", but it said "%2"</source>
        <translation>agardábase que o servidor dixese "%1", pero dixo "%2"</translation>
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
    <name>ServerViews</name>
    <message>
        <source>Service and port</source>
        <translation>Servizo e porto</translation>
    </message>
    <message>
        <source>netstat -tln: %1</source>
        <translation>netstat -tln: %1</translation>
    </message>
    <message>
        <source>%1 — port %2, chosen by the system</source>
        <translation>%1 — porto %2, escollido polo sistema</translation>
    </message>
    <message>
        <source>%1 — port %2</source>
        <translation>%1 — porto %2</translation>
    </message>
    <message>
        <source>%1 — port %2 = %3 + %4</source>
        <translation>%1 — porto %2 = %3 + %4</translation>
    </message>
    <message>
        <source>%1 normally listens on port %2 (%3 in /etc/services); here on %4, the standard port plus the offset %5, and netstat -tl is shown naming it as the standard one.</source>
        <translation>%1 adoita escoitar no porto %2 (%3 en /etc/services); aquí no %4, o porto estándar máis o desprazamento %5, e netstat -tl amósase nomeándoo como o estándar.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Buzóns</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>En escoita</translation>
    </message>
    <message>
        <source>Each server's outgoing queue: messages waiting to be relayed to another server.</source>
        <translation>A cola de saída de cada servidor: mensaxes que agardan para seren reenviadas a outro servidor.</translation>
    </message>
    <message>
        <source>Each user's mailbox on its server, as POP3 will list it.</source>
        <translation>O buzón de cada usuario no seu servidor, tal como o listará POP3.</translation>
    </message>
    <message>
        <source>The sockets the servers listen on, as netstat -tl shows them. These are real sockets: netstat or ss in a terminal lists them too.</source>
        <translation>Os sockets nos que escoitan os servidores, tal como os amosa netstat -tl. Son sockets reais: netstat ou ss nun terminal tamén os listan.</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>ID na cola</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Seguinte intento</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>Mailbox / UID</source>
        <translation>Buzón / UID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Proto</source>
        <translation>Proto</translation>
    </message>
    <message>
        <source>Local Address</source>
        <translation>Enderezo local</translation>
    </message>
    <message>
        <source>Foreign Address</source>
        <translation>Enderezo remoto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizo</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n message(s)</source>
        <translation>
            <numerusform>%1 — %n mensaxe</numerusform>
            <numerusform>%1 — %n mensaxes</numerusform>
        </translation>
    </message>
    <message>
        <source>sending now</source>
        <translation>enviándose agora</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>dentro de %1 s</translation>
    </message>
    <message>
        <source>To %1, via the MX of %2</source>
        <translation>Para %1, a través do MX de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s)</source>
        <translation>
            <numerusform>%n octeto</numerusform>
            <numerusform>%n octetos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 normally listens on port %2; here on %3</source>
        <translation>%1 adoita escoitar no porto %2; aquí, no %3</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>INBOX: what POP3 lists and IMAP's INBOX</source>
        <translation>INBOX: o que lista POP3 e a INBOX de IMAP</translation>
    </message>
    <message>
        <source>UID %1</source>
        <translation>UID %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 ▸ %2 — %n message(s)</source>
        <translation>
            <numerusform>%1 ▸ %2 — %n mensaxe</numerusform>
            <numerusform>%1 ▸ %2 — %n mensaxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PcapngExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Non se pode escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Non se pode escribir %1: %2</translation>
    </message>
    <message>
        <source>the name must end in .svg or .png</source>
        <translation>o nome debe rematar en .svg ou .png</translation>
    </message>
    <message>
        <source>drawing needs a graphical application</source>
        <translation>para debuxar cómpre unha aplicación gráfica</translation>
    </message>
    <message>
        <source>there is no transcript to draw</source>
        <translation>non hai ningunha transcrición que debuxar</translation>
    </message>
    <message>
        <source>Carteiro timeline</source>
        <translation>Liña temporal de Carteiro</translation>
    </message>
    <message>
        <source>Every command and reply of the scenario, as a sequence diagram</source>
        <translation>Cada orde e cada resposta do escenario, como diagrama de secuencia</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>non se puido iniciar o SVG</translation>
    </message>
    <message>
        <source>%1 rows are too many for a PNG image; export it as .svg</source>
        <translation>%1 filas son demasiadas para unha imaxe PNG; expórtaa como .svg</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>non hai memoria abonda para a imaxe</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>(empty line)</source>
        <translation>(liña baleira)</translation>
    </message>
    <message>
        <source>TCP connection opened: %1</source>
        <translation>Conexión TCP aberta: %1</translation>
    </message>
    <message>
        <source>TCP connection closed by %1</source>
        <translation>Conexión TCP pechada por %1</translation>
    </message>
    <message>
        <source>TCP connection closed: %1</source>
        <translation>Conexión TCP pechada: %1</translation>
    </message>
    <message>
        <source>DNS lookup: %1</source>
        <translation>Consulta DNS: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Entrega: %1</translation>
    </message>
    <message>
        <source>✔ Expected: %1</source>
        <translation>✔ Expectativa: %1</translation>
    </message>
    <message>
        <source>✘ Expected: %1</source>
        <translation>✘ Expectativa: %1</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>tempo (s)</translation>
    </message>
    <message>
        <source>This line carries a password in clear text, shown on purpose as in the course: anyone who can watch the network can read it (base64 is not encryption). Real servers first encrypt the connection with TLS.</source>
        <translation>Esta liña leva un contrasinal en texto claro, amosado a propósito como no curso: calquera que poida observar a rede pode lelo (base64 non é cifrado). Os servidores reais primeiro cifran a conexión con TLS.</translation>
    </message>
    <message>
        <source>Encrypted from here: %1, %2 (certificate NOT verified)</source>
        <translation>Cifrado desde aquí: %1, %2 (certificado NON verificado)</translation>
    </message>
    <message>
        <source>Encrypted from here: %1, %2</source>
        <translation>Cifrado desde aquí: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Carried by an encrypted TLS record of %n octet(s): on the wire only its header and ciphertext are seen.</source>
        <translation>
            <numerusform>Levado por un rexistro TLS cifrado de %n octeto: na rede só se ven a súa cabeceira e o texto cifrado.</numerusform>
            <numerusform>Levado por un rexistro TLS cifrado de %n octetos: na rede só se ven a súa cabeceira e o texto cifrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carried by a TLS record in clear of %n octet(s).</source>
        <translation>
            <numerusform>Levado por un rexistro TLS en claro de %n octeto.</numerusform>
            <numerusform>Levado por un rexistro TLS en claro de %n octetos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before it, %n TLS record(s) that carried no line or message of their own.</source>
        <translation>
            <numerusform>Antes, %n rexistro TLS que non levou ningunha liña nin mensaxe propia.</numerusform>
            <numerusform>Antes, %n rexistros TLS que non levaron ningunha liña nin mensaxe propia.</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP connection reset (RST) by %1</source>
        <translation>Conexión TCP cortada de golpe (RST) por %1</translation>
    </message>
    <message>
        <source>This line carries a password in clear text, masked here as ****: anyone who can watch the network can read it (base64 is not encryption). Real servers first encrypt the connection with TLS.</source>
        <translation>Esta liña leva un contrasinal en claro, aquí oculto como ****: calquera que poida observar a rede pode lelo (base64 non é cifrado). Os servidores reais cifran antes a conexión con TLS.</translation>
    </message>
</context>
<context>
    <name>TranscriptFormatter</name>
    <message>
        <source>connect</source>
        <comment>tag of a TCP connection opened</comment>
        <translation>conecta</translation>
    </message>
    <message>
        <source>close</source>
        <comment>tag of a TCP connection closed</comment>
        <translation>pecha</translation>
    </message>
    <message>
        <source>dns</source>
        <comment>tag of a DNS lookup</comment>
        <translation>dns</translation>
    </message>
    <message>
        <source>queue</source>
        <comment>tag of a queue decision</comment>
        <translation>cola</translation>
    </message>
    <message>
        <source>delivery</source>
        <comment>tag of a delivery</comment>
        <translation>entrega</translation>
    </message>
    <message>
        <source>caption</source>
        <comment>tag of a scenario&apos;s caption</comment>
        <translation>rótulo</translation>
    </message>
    <message>
        <source>expect</source>
        <comment>tag of a checked expectation</comment>
        <translation>comproba</translation>
    </message>
    <message>
        <source>note</source>
        <comment>tag of a note</comment>
        <translation>nota</translation>
    </message>
</context>
<context>
    <name>World</name>
    <message>
        <source>%1 refused a message from %2: it asked to send %3 in the last minute already, the limit for one client (Postfix's smtpd_client_message_rate_limit)</source>
        <translation>%1 rexeitou unha mensaxe de %2: xa pediu enviar %3 no último minuto, o límite para un cliente (smtpd_client_message_rate_limit de Postfix)</translation>
    </message>
    <message>
        <source>%1 refused a connection from %2: it opened %3 in the last minute already, the limit for one client (Postfix's smtpd_client_connection_rate_limit)</source>
        <translation>%1 rexeitou unha conexión de %2: xa abriu %3 no último minuto, o límite para un cliente (smtpd_client_connection_rate_limit de Postfix)</translation>
    </message>
    <message>
        <source>%1 refused a connection from %2: it has %3 connections open already, the limit for one client (Postfix's smtpd_client_connection_count_limit)</source>
        <translation>%1 rexeitou unha conexión de %2: xa ten %3 conexións abertas, o límite para un cliente (smtpd_client_connection_count_limit de Postfix)</translation>
    </message>
    <message>
        <source>there is no server %1</source>
        <translation>non hai ningún servidor %1</translation>
    </message>
    <message>
        <source>%1 reconfigured: %2</source>
        <translation>%1 reconfigurado: %2</translation>
    </message>
    <message>
        <source>%1 listens on loopback only (inet_interfaces = loopback-only): the connection from %2 is refused</source>
        <translation>%1 só escoita no loopback (inet_interfaces = loopback-only): a conexión de %2 é rexeitada</translation>
    </message>
    <message>
        <source>Mallory</source>
        <translation>Mallory</translation>
    </message>
    <message>
        <source>%1 offers no TLS: %2</source>
        <translation>%1 non ofrece TLS: %2</translation>
    </message>
    <message>
        <source>no TLS: the classroom CA cannot be used: %1</source>
        <translation>sen TLS: non se pode usar a CA da aula: %1</translation>
    </message>
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
    <message>
        <source>%1 refused a connection from %2: %3 connections are open already (the limit)</source>
        <translation>%1 rexeitou unha conexión de %2: xa hai %3 conexións abertas (o límite)</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>non se pode crear o directorio de datos %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>non se pode abrir %1: %2</translation>
    </message>
    <message>
        <source>the data directory %1 is in use by another carteiro</source>
        <translation>outro carteiro está a usar o directorio de datos %1</translation>
    </message>
    <message>
        <source>%1 keeps its mail in %2: %3 message(s) in the mailboxes, %4 in the queue</source>
        <translation>%1 garda o seu correo en %2: %3 mensaxe(s) nos buzóns, %4 na cola</translation>
    </message>
    <message>
        <source>The private worlds of %1 students need ports %2 to %3 (%4 each), but the system's temporary ports start at %5: give a smaller --port-offset, or fewer services or students</source>
        <translation>Os mundos privados de %1 alumnos precisan os portos do %2 ao %3 (%4 cada un), pero os portos temporais do sistema comezan no %5: indica un --port-offset menor, ou menos servizos ou alumnos</translation>
    </message>
    <message>
        <source>%1 cannot listen for %2: its port would be %3, but the system's temporary ports start at %4</source>
        <translation>%1 non pode escoitar %2: o seu porto sería o %3, pero os portos temporais do sistema comezan no %4</translation>
    </message>
</context>
<context>
    <name>WorldFile</name>
    <message>
        <source>a port number</source>
        <translation>un número de porto</translation>
    </message>
    <message>
        <source>"%1" is not a server of this world</source>
        <translation>«%1» non é un servidor deste mundo</translation>
    </message>
    <message>
        <source>"%1" is neither a server nor a client of this world</source>
        <translation>"%1" non é nin un servidor nin un cliente deste mundo</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>agardábase unha lista de textos</translation>
    </message>
    <message>
        <source>expected "passed" or "failed", found "%1"</source>
        <translation>agardábase "passed" ou "failed", atopouse "%1"</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>unha lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un obxecto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>missing (expected %1)</source>
        <translation>falta (agardábase %1)</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>agardábase %1 e atopouse %2</translation>
    </message>
    <message>
        <source>%1 entries, more than the %2 a world file may hold</source>
        <translation>%1 entradas, máis das %2 que pode ter un ficheiro de mundo</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>máis longo de %1 caracteres</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>non pode estar baleiro</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número enteiro</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>agardábase un número enteiro e atopouse %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 está fóra do intervalo (de %2 a %3)</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>maior de %1 MiB</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>non é base64 válido</translation>
    </message>
    <message>
        <source>expected a string or {"base64": …}, found %1</source>
        <translation>agardábase un texto ou {"base64": …} e atopouse %1</translation>
    </message>
    <message>
        <source>missing (expected a string or {"base64": …})</source>
        <translation>falta (agardábase un texto ou {"base64": …})</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>liña %1, columna %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Non se pode escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Non se pode ler %1: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB, the most a world file may be</source>
        <translation>%1: o ficheiro ocupa máis de %2 MiB, o máximo dun ficheiro de mundo</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most a world file may be</source>
        <translation>o ficheiro ocupa máis de %1 MiB, o máximo dun ficheiro de mundo</translation>
    </message>
    <message>
        <source>the file is empty: not a Carteiro world file</source>
        <translation>o ficheiro está baleiro: non é un ficheiro de mundo de Carteiro</translation>
    </message>
    <message>
        <source>not a valid world file: broken JSON at offset %1 (%2): %3</source>
        <translation>non é un ficheiro de mundo válido: JSON roto na posición %1 (%2): %3</translation>
    </message>
    <message>
        <source>not a Carteiro world file: the file is not a JSON object</source>
        <translation>non é un ficheiro de mundo de Carteiro: o ficheiro non é un obxecto JSON</translation>
    </message>
    <message>
        <source>not a Carteiro world file: "format" is %1, expected "%2"</source>
        <translation>non é un ficheiro de mundo de Carteiro: "format" é %1 e agardábase "%2"</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>world file version %1 is not supported: this Carteiro reads version %2</source>
        <translation>a versión %1 de ficheiro de mundo non está admitida: este Carteiro le a versión %2</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>"%1" non é un enderezo IP</translation>
    </message>
    <message>
        <source>"%1" is not a mail address</source>
        <translation>"%1" non é un enderezo de correo</translation>
    </message>
    <message>
        <source>"%1" appears twice</source>
        <translation>"%1" aparece dúas veces</translation>
    </message>
    <message>
        <source>%1@%2 is not one of the users</source>
        <translation>%1@%2 non é ningún dos usuarios</translation>
    </message>
    <message>
        <source>%1 is not one of the users</source>
        <translation>%1 non é ningún dos usuarios</translation>
    </message>
    <message>
        <source>is not an IMAP flag</source>
        <translation>non é unha marca de IMAP</translation>
    </message>
    <message>
        <source>"%1" is not a usable folder name here</source>
        <translation>"%1" non é un nome de cartafol que se poida usar aquí</translation>
    </message>
    <message>
        <source>must be above every imapUid</source>
        <translation>ten que ser maior ca todos os imapUid</translation>
    </message>
    <message>
        <source>expected "delete" or "keep", found "%1"</source>
        <translation>agardábase "delete" ou "keep" e atopouse "%1"</translation>
    </message>
    <message>
        <source>expected %1, found %2 (events must be in order)</source>
        <translation>agardábase %1 e atopouse %2 (os eventos deben ir en orde)</translation>
    </message>
    <message>
        <source>unknown kind "%1"</source>
        <translation>tipo "%1" descoñecido</translation>
    </message>
    <message>
        <source>unknown protocol "%1"</source>
        <translation>protocolo "%1" descoñecido</translation>
    </message>
    <message>
        <source>expected "C" or "S", found "%1"</source>
        <translation>agardábase "C" ou "S" e atopouse "%1"</translation>
    </message>
    <message>
        <source>unknown phase "%1"</source>
        <translation>fase "%1" descoñecida</translation>
    </message>
    <message>
        <source>unknown line role "%1"</source>
        <translation>papel de liña "%1" descoñecido</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--client-limit-exceptions needs addresses or subnets such as 127.0.0.0/8,192.168.1.10 separated by commas, or "none"; "%1" is neither</source>
        <translation>--client-limit-exceptions precisa enderezos ou subredes como 127.0.0.0/8,192.168.1.10 separados por comas, ou "none"; "%1" non é ningunha das dúas cousas</translation>
    </message>
    <message>
        <source>--%1 needs a number from 0 (no limit) to 100000, not "%2"</source>
        <translation>--%1 precisa un número de 0 (sen límite) a 100000, non "%2"</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>enderezos</translation>
    </message>
    <message>
        <source>Client addresses or subnets never limited, separated by commas, or "none" (default 127.0.0.0/8,::1/128: this machine, as Postfix's $mynetworks on Debian).</source>
        <translation>Enderezos ou subredes de clientes que nunca se limitan, separados por comas, ou "none" (por defecto 127.0.0.0/8,::1/128: esta máquina, como $mynetworks de Postfix en Debian).</translation>
    </message>
    <message>
        <source>MAIL commands one client address may give in a minute, as Postfix's smtpd_client_message_rate_limit (default %1; 0: no limit).</source>
        <translation>Ordes MAIL que un mesmo enderezo cliente pode dar nun minuto, como smtpd_client_message_rate_limit de Postfix (por defecto %1; 0: sen límite).</translation>
    </message>
    <message>
        <source>Connections one client address may open in a minute, as Postfix's smtpd_client_connection_rate_limit (default %1; 0: no limit).</source>
        <translation>Conexións que un mesmo enderezo cliente pode abrir nun minuto, como smtpd_client_connection_rate_limit de Postfix (por defecto %1; 0: sen límite).</translation>
    </message>
    <message>
        <source>Connections one client address may hold open at once; more are told to try again later, as Postfix's smtpd_client_connection_count_limit (default %1; 0: no limit).</source>
        <translation>Conexións que un mesmo enderezo cliente pode ter abertas á vez; ás demais díselles que o intenten máis tarde, como smtpd_client_connection_count_limit de Postfix (por defecto %1; 0: sen límite).</translation>
    </message>
    <message>
        <source>--export-handout plays a scenario; it does not read a saved world</source>
        <translation>--export-handout reproduce un escenario; non le un mundo gardado</translation>
    </message>
    <message>
        <source>Run the scenario without a window and write a PDF handout for a class: its story, timeline, dialogue, exercises and questions, with the answers on the last pages.</source>
        <translation>Executa o escenario sen xanela e escribe unha folla en PDF para a clase: a historia, a liña temporal, o diálogo, os exercicios e as preguntas, coas respostas nas últimas páxinas.</translation>
    </message>
    <message>
        <source>--keep-bytes needs a size in octets, 0 or more, with K, M or G if wanted (8M), not "%1"</source>
        <translation>--keep-bytes precisa un tamaño en octetos, 0 ou máis, con K, M ou G se se quere (8M), non «%1»</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>--serve and --class: memory the transcript's latest events may take, in octets or with K, M or G; the oldest are dropped beyond it (default 6M; 0 keeps all).</source>
        <translation>--serve e --class: memoria que poden ocupar os últimos eventos da transcrición, en octetos ou con K, M ou G; alén dela descártanse os máis antigos (por omisión 6M; 0 consérvaos todos).</translation>
    </message>
    <message>
        <source>--serve and --class: keep no more than about this many of the latest transcript events in memory, dropping the oldest (default 0: only --keep-bytes bounds them).</source>
        <translation>--serve e --class: conservar en memoria como moito uns tantos eventos, os últimos da transcrición, descartando os máis antigos (por omisión 0: só os limita --keep-bytes).</translation>
    </message>
    <message>
        <source>Give one file to open, or --scenario, or --load-world, not more: %1</source>
        <translation>Indica un ficheiro que abrir, ou --scenario, ou --load-world, non máis: %1</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[ficheiro]</translation>
    </message>
    <message>
        <source>A scenario file to play, or a saved world (.carteiro) to open: the same as --scenario file or --load-world file.</source>
        <translation>Un ficheiro de escenario que reproducir ou un mundo gardado (.carteiro) que abrir: o mesmo que --scenario ficheiro ou --load-world ficheiro.</translation>
    </message>
    <message>
        <source>--user may not contain spaces, nor --password a line break</source>
        <translation>--user non pode levar espazos, nin --password un salto de liña</translation>
    </message>
    <message>
        <source>Check an installed mail server (Postfix and Dovecot) as the course does: the ports that listen, SMTP&apos;s greeting and EHLO, mail for --user@--domain accepted, relaying for strangers refused, POP3 and IMAP log-in with --user and --password, and TLS; exit status 0 when every check holds, 1 when one does not.</source>
        <translation>Comproba un servidor de correo instalado (Postfix e Dovecot) como fai o curso: os portos que escoitan, o saúdo e o EHLO de SMTP, o correo para --user@--domain aceptado, o reenvío para descoñecidos rexeitado, o inicio de sesión POP3 e IMAP con --user e --password, e TLS; código de saída 0 cando se cumpren todas as comprobacións, 1 cando falla algunha.</translation>
    </message>
    <message>
        <source>With --check-server: the domain the server takes mail for (the system mail name given when installing Postfix, e.g. 2esi.org).</source>
        <translation>Con --check-server: o dominio para o que o servidor recibe correo (o nome de correo do sistema dado ao instalar Postfix, p. ex. 2esi.org).</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <source>With --check-server: a user of the server (alumno1).</source>
        <translation>Con --check-server: un usuario do servidor (alumno1).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>With --check-server: that user&apos;s password, to log in by POP3 and IMAP.</source>
        <translation>Con --check-server: o contrasinal dese usuario, para iniciar sesión por POP3 e IMAP.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contrasinal</translation>
    </message>
    <message>
        <source>With --check-server: ports other than the standard ones, as smtp=N,submission=N,pop3=N,imap=N,pop3s=N,imaps=N (any of them).</source>
        <translation>Con --check-server: portos distintos dos estándar, como smtp=N,submission=N,pop3=N,imap=N,pop3s=N,imaps=N (calquera deles).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>--check-server needs the server&apos;s address or name</source>
        <translation>--check-server precisa o enderezo ou o nome do servidor</translation>
    </message>
    <message>
        <source>--password needs --user too</source>
        <translation>--password precisa tamén --user</translation>
    </message>
    <message>
        <source>--domain needs a domain such as 2esi.org, not &quot;%1&quot;</source>
        <translation>--domain precisa un dominio como 2esi.org, non «%1»</translation>
    </message>
    <message>
        <source>--%1 works with --check-server</source>
        <translation>--%1 funciona con --check-server</translation>
    </message>
    <message>
        <source>Run the scenario without a window (or --serve, when it ends) and write the keys of its TLS sessions into a file in SSLKEYLOGFILE format.</source>
        <translation>Executa o escenario sen xanela (ou --serve, ao rematar) e escribe as claves das súas sesións TLS nun ficheiro en formato SSLKEYLOGFILE.</translation>
    </message>
    <message>
        <source>Run the scenario without a window (or --serve, when it ends) and write its traffic into a .pcapng capture for Wireshark (TLS sessions decrypt with the keys inside).</source>
        <translation>Executa o escenario sen xanela (ou --serve, ao rematar) e escribe o seu tráfico nunha captura .pcapng para Wireshark (as sesións TLS descífranse coas claves que leva dentro).</translation>
    </message>
    <message>
        <source>Write the certificate of your classroom CA (made the first time it is needed) into a file, to trust it in Thunderbird or a browser; - writes it to the standard output.</source>
        <translation>Escribe nun ficheiro o certificado da túa CA da aula (feita a primeira vez que se precisa), para confiar nela en Thunderbird ou nun navegador; - escríbeo na saída estándar.</translation>
    </message>
    <message>
        <source>Carteiro: watch e-mail work. Simulated hosts talk real SMTP and POP3 over loopback sockets, and every command and reply is shown.</source>
        <translation>Carteiro: mira como funciona o correo-e. Máquinas simuladas falan SMTP e POP3 de verdade a través de sockets de bucle local (loopback), e amósase cada orde e cada resposta.</translation>
    </message>
    <message>
        <source>Run the scenario to the end without a window and print the transcript.</source>
        <translation>Executa o escenario ata o final sen xanela e amosa a transcrición.</translation>
    </message>
    <message>
        <source>Start the scenario's servers only, for telnet, nc or real mail clients.</source>
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
        <source>Added to the standard ports 25, 587 and 110 (default 10000; 0 gives the real ports). The window moves on to the next free offset when these ports are taken; --headless and the exports listen on ports the system picks unless this is given.</source>
        <translation>Súmase aos portos estándar 25, 587 e 110 (predeterminado 10000; 0 dá os portos reais). A xanela pasa ao seguinte desprazamento libre cando eses portos están ocupados; --headless e as exportacións escoitan en portos que escolle o sistema se non se indica.</translation>
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
        <source>--port-offset needs a number from 0 to 64000, not "%1"</source>
        <translation>--port-offset necesita un número de 0 a 64000, non "%1"</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds from 1 to 86400, not "%1"</source>
        <translation>--idle-timeout necesita un número de segundos de 1 a 86400, non "%1"</translation>
    </message>
    <message>
        <source>Run the scenario without a window and draw its timeline into a .svg or .png file.</source>
        <translation>Executa o escenario sen xanela e debuxa a súa liña temporal nun ficheiro .svg ou .png.</translation>
    </message>
    <message>
        <source>Run the scenario without a window and write its transcript into a text file.</source>
        <translation>Executa o escenario sen xanela e escribe a súa transcrición nun ficheiro de texto.</translation>
    </message>
    <message>
        <source>With --headless: save the world after the run (mailboxes, queues, mail clients, transcript) into a file.</source>
        <translation>Con --headless: garda nun ficheiro o mundo despois da execución (buzóns, colas, clientes de correo, transcrición).</translation>
    </message>
    <message>
        <source>Open a saved world in the window; with --headless, print its transcript.</source>
        <translation>Abre un mundo gardado na xanela; con --headless, imprime a súa transcrición.</translation>
    </message>
    <message>
        <source>--load-world works with the window, --headless and the exports, not with --serve</source>
        <translation>--load-world funciona coa xanela, --headless e as exportacións, non con --serve</translation>
    </message>
    <message>
        <source>--save-world works with --headless; in the window use File ▸ Save world…</source>
        <translation>--save-world funciona con --headless; na xanela use Ficheiro ▸ Gardar o mundo…</translation>
    </message>
    <message>
        <source>Make the servers listen on this address instead of their own 127.0.0.x (loopback only, the default). 0.0.0.0 lets anyone on the network connect: a warning says so.</source>
        <translation>Fai que os servidores escoiten neste enderezo en vez de no seu propio 127.0.0.x (só loopback, o predeterminado). 0.0.0.0 deixa conectarse a calquera da rede: un aviso dío.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>enderezo</translation>
    </message>
    <message>
        <source>Print passwords in the transcript on the terminal and in --export-transcript (by default they are printed as ****; the window shows them, marked, except on a class: see --class).</source>
        <translation>Imprime os contrasinais na transcrición no terminal e en --export-transcript (por defecto imprímense como ****; a xanela amósaos, marcados, agás sobre unha clase: véxase --class).</translation>
    </message>
    <message>
        <source>Seconds a server session may last in all, however busy (default 3600; 0: no limit).</source>
        <translation>Segundos que pode durar en total unha sesión cun servidor, por activa que estea (predeterminado 3600; 0: sen límite).</translation>
    </message>
    <message>
        <source>Server connections open at once; more are told to try again later (default 1000).</source>
        <translation>Conexións abertas á vez cos servidores; ás demais dóselles que o intenten máis tarde (predeterminado 1000).</translation>
    </message>
    <message>
        <source>--listen needs an IP address such as 127.0.0.1 or 0.0.0.0, not "%1"</source>
        <translation>--listen precisa un enderezo IP como 127.0.0.1 ou 0.0.0.0, non "%1"</translation>
    </message>
    <message>
        <source>--keep-lines needs a number of events, 0 or more, not "%1"</source>
        <translation>--keep-lines precisa un número de eventos, 0 ou máis, non "%1"</translation>
    </message>
    <message>
        <source>--session-timeout needs a number of seconds from 0 to 604800, not "%1"</source>
        <translation>--session-timeout precisa un número de segundos de 0 a 604800, non "%1"</translation>
    </message>
    <message>
        <source>--max-connections needs a number from 1 to 100000, not "%1"</source>
        <translation>--max-connections precisa un número de 1 a 100000, non "%1"</translation>
    </message>
    <message>
        <source>Print **** instead of passwords in the transcript (the default; see --show-passwords).</source>
        <translation>Imprime **** en vez dos contrasinais na transcrición (o predeterminado; vexa --show-passwords).</translation>
    </message>
    <message>
        <source>Seconds a server waits for each complete line from a client (a byte at a time does not count) before closing (default 300).</source>
        <translation>Segundos que agarda un servidor por cada liña completa dun cliente (un byte de cada vez non conta) antes de pechar a conexión (predeterminado 300).</translation>
    </message>
    <message>
        <source>Keep the servers' mailboxes and queues in this directory, as Maildir folders (--serve default: %1; "" keeps them in memory).</source>
        <translation>Gardar os buzóns e as colas dos servidores neste directorio, como cartafoles Maildir (por defecto en --serve: %1; "" mantenos en memoria).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>Keep mailboxes and queues in memory only (the same as --data-dir "").</source>
        <translation>Manter os buzóns e as colas só en memoria (o mesmo que --data-dir "").</translation>
    </message>
    <message>
        <source>The ports of offset %1 are in use (another carteiro on this machine?): the window listens on offset %2 (%3 %4 on port %5).</source>
        <translation>Os portos do desprazamento %1 están ocupados (outro carteiro nesta máquina?): a xanela escoita no desprazamento %2 (%3 %4 no porto %5).</translation>
    </message>
    <message>
        <source>Write a PDF access sheet for the scenario's class: a card per student with address, user, password and the host and ports to connect to. The passwords are those --serve gives with the same data directory.</source>
        <translation>Escribe en PDF a folla de acceso da clase do escenario: unha tarxeta por alumno co enderezo, o usuario, o contrasinal e o servidor e os portos aos que conectarse. Os contrasinais son os que dá --serve co mesmo directorio de datos.</translation>
    </message>
    <message>
        <source>--export-access-sheet reads a scenario; it does not read a saved world</source>
        <translation>--export-access-sheet le un escenario; non le un mundo gardado</translation>
    </message>
    <message>
        <source>Listen on LISTEN (a port on 127.0.0.1, or ADDRESS:PORT), pass every connection on to the real server TARGET (ADDRESS:PORT) and draw every line between them, as 2525=127.0.0.1:25 for Postfix or 1110=127.0.0.1:110 for Dovecot. The protocol comes from the port, or is named first (imap:1143=127.0.0.1:10143). May be given several times.</source>
        <translation>Escoita en ESCOITA (un porto en 127.0.0.1, ou ENDEREZO:PORTO), pasa cada conexión ao servidor real DESTINO (ENDEREZO:PORTO) e debuxa cada liña entre eles, como 2525=127.0.0.1:25 para Postfix ou 1110=127.0.0.1:110 para Dovecot. O protocolo sácase do porto, ou nómease diante (imap:1143=127.0.0.1:10143). Pódese dar varias veces.</translation>
    </message>
    <message>
        <source>LISTEN=TARGET</source>
        <translation>ESCOITA=DESTINO</translation>
    </message>
    <message>
        <source>With --headless or --serve: under each command and reply, what it is and its RFC section, as the inspector says it.</source>
        <translation>Con --headless ou --serve: debaixo de cada orde e resposta, que é e a súa sección do RFC, como o di o inspector.</translation>
    </message>
    <message>
        <source>With --serve on a class: keep each student's exercise results in a .csv or .json file, rewritten as they change (may be given more than once).</source>
        <translation>Con --serve nunha clase: garda os resultados dos exercicios de cada alumno nun ficheiro .csv ou .json, que se reescribe cada vez que cambian (pódese dar máis dunha vez).</translation>
    </message>
    <message>
        <source>Open the window on the class of a scenario file: its servers as --serve starts them (the same ports, data directory and passwords), and a panel with each student's exercise checks, graded as they work.</source>
        <translation>Abre a xanela sobre a clase dun ficheiro de escenario: os seus servidores como os arranca --serve (os mesmos portos, directorio de datos e contrasinais) e un panel coas comprobacións dos exercicios de cada alumno ou alumna, corrixidas mentres traballan.</translation>
    </message>
    <message>
        <source>--class opens the window on a class: it does not go with %1</source>
        <translation>--class abre a xanela sobre unha clase: non vai con %1</translation>
    </message>
    <message>
        <source>--class needs a class: %1 declares no students (add "students 30 on 2esi.org" or "class alumnos.csv")</source>
        <translation>--class precisa dunha clase: %1 non declara alumnado (engade "students 30 on 2esi.org" ou "class alumnos.csv")</translation>
    </message>
    <message>
        <source>--results works with --serve or --class</source>
        <translation>--results vai con --serve ou con --class</translation>
    </message>
    <message>
        <source>With --serve or --class: keep each student's exercise results in a .csv or .json file, rewritten as they change (may be given more than once).</source>
        <translation>Con --serve ou --class: garda os resultados dos exercicios de cada alumno ou alumna nun ficheiro .csv ou .json, reescrito cada vez que cambian (pódese dar máis dunha vez).</translation>
    </message>
    <message>
        <source>warning: the window does not start the students' private worlds; carteiro --serve does (%1 says "private")</source>
        <translation>aviso: a xanela non arranca os mundos privados do alumnado; carteiro --serve si (%1 di "private")</translation>
    </message>
</context>
<context>
    <name>Webmail</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Usuario ou contrasinal incorrectos.</translation>
    </message>
    <message>
        <source>Write your user name and your password.</source>
        <translation>Escribe o teu nome de usuario e o teu contrasinal.</translation>
    </message>
    <message>
        <source>Write at least one address in To.</source>
        <translation>Escribe polo menos un enderezo en Para.</translation>
    </message>
    <message>
        <source>Which part? The address lacks its folder, message or part.</source>
        <translation>Que parte? Ao enderezo fáltalle o cartafol, a mensaxe ou a parte.</translation>
    </message>
    <message>
        <source>Which message? The form lacks its folder or its number.</source>
        <translation>Que mensaxe? Ao formulario fáltalle o cartafol ou o número.</translation>
    </message>
    <message>
        <source>Which message? The address lacks its folder or its number.</source>
        <translation>Que mensaxe? Ao enderezo fáltalle o cartafol ou o número.</translation>
    </message>
    <message>
        <source>This is not an e-mail address: %1</source>
        <translation>Isto non é un enderezo de correo: %1</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this webmail. Load the page again and repeat.</source>
        <translation>Este formulario caducou ou non veu deste correo web. Carga de novo a páxina e repite.</translation>
    </message>
    <message>
        <source>There is no such part.</source>
        <translation>Non existe esa parte.</translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation>Non existe esa páxina.</translation>
    </message>
    <message>
        <source>There is no such message.</source>
        <translation>Non existe esa mensaxe.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>O servidor rexeitou: %1</translation>
    </message>
    <message>
        <source>The server did not accept the message: %1</source>
        <translation>O servidor non aceptou a mensaxe: %1</translation>
    </message>
    <message>
        <source>The mail server did not answer as expected: %1</source>
        <translation>O servidor de correo non respondeu como se esperaba: %1</translation>
    </message>
    <message>
        <source>The attachments are larger than this webmail accepts (%1 MB).</source>
        <translation>Os anexos son maiores do que acepta este correo web (%1 MB).</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>Non existe o cartafol: %1</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Mensaxe enviada.</translation>
    </message>
    <message>
        <source>Message moved.</source>
        <translation>Mensaxe movida.</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>Mensaxe borrada.</translation>
    </message>
    <message>
        <source>Forwarded message</source>
        <translation>Mensaxe reenviada</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 escribiu:</translation>
    </message>
    <message>
        <source>a multipart form with no parts</source>
        <translation>un formulario multipart sen partes</translation>
    </message>
    <message>
        <source>a line break in the Content-Type</source>
        <translation>un salto de liña no Content-Type</translation>
    </message>
    <message>
        <source>a multipart form without a boundary</source>
        <translation>un formulario multipart sen separador (boundary)</translation>
    </message>
    <message>
        <source>more than %1 form fields</source>
        <translation>máis de %1 campos no formulario</translation>
    </message>
    <message>
        <source>Back to the webmail</source>
        <translation>Volver ao correo web</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar ficheiros</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sen nome)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>The message as HTML</source>
        <translation>A mensaxe como HTML</translation>
    </message>
    <message>
        <source>Show as HTML</source>
        <translation>Ver como HTML</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Máis antigas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Páxina %1 de %2</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Máis recentes</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>anexo</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nova</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sen asunto)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>No messages in this folder.</source>
        <translation>Non hai mensaxes neste cartafol.</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensaxes</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contrasinal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Read and send your mail from the browser. Behind this page the webmail speaks IMAP and SMTP to the mail server for you.</source>
        <translation>Le e envía o teu correo desde o navegador. Detrás desta páxina o correo web fala IMAP e SMTP co servidor de correo por ti.</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Correo lixo</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papeleira</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Escribir unha mensaxe</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Cartafoles</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Saír</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Correo web</translation>
    </message>
</context>
<context>
    <name>Listening</name>
    <message>
        <source>%1: &quot;%2&quot; is not simulated here; try %1 -tl or %1 -tln.</source>
        <translation>%1: «%2» non se simula aquí; proba %1 -tl ou %1 -tln.</translation>
    </message>
    <message>
        <source>%1: option -%2 is not simulated here; try %1 -tl or %1 -tln.</source>
        <translation>%1: a opción -%2 non se simula aquí; proba %1 -tl ou %1 -tln.</translation>
    </message>
    <message>
        <source>%1: only the listening TCP sockets are simulated here (-t and -l); try %1 -tl or %1 -tln.</source>
        <translation>%1: aquí só se simulan os sockets TCP en escoita (-t e -l); proba %1 -tl ou %1 -tln.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <source>port %1 (%2)</source>
        <translation>porto %1 (%2)</translation>
    </message>
    <message>
        <source>port %1 (%2, normally %3)</source>
        <translation>porto %1 (%2, normalmente %3)</translation>
    </message>
    <message>
        <source>%1 listens on %2</source>
        <translation>%1 escoita en %2</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed: %2</source>
        <translation>%1: fallou o saúdo TLS: %2</translation>
    </message>
    <message>
        <source>%1 does not listen on %2: %3</source>
        <translation>%1 non escoita en %2: %3</translation>
    </message>
    <message>
        <source>self-signed (as Debian&apos;s ssl-cert-snakeoil): a client must be told to trust it</source>
        <translation>autoasinado (como o ssl-cert-snakeoil de Debian): hai que dicirlle a cada cliente que confíe nel</translation>
    </message>
    <message>
        <source>made out for %1, not for %2</source>
        <translation>emitido para %1, non para %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>not signed by an authority this machine trusts</source>
        <translation>non o asina unha autoridade na que confíe esta máquina</translation>
    </message>
    <message>
        <source>%1: TLS handshake done (%2); certificate CN=%3, verified</source>
        <translation>%1: saúdo TLS feito (%2); certificado CN=%3, verificado</translation>
    </message>
    <message>
        <source>%1: TLS handshake done (%2); certificate CN=%3 accepted, but %4</source>
        <translation>%1: saúdo TLS feito (%2); certificado CN=%3 aceptado, pero %4</translation>
    </message>
    <message>
        <source>%1: no 220 greeting (%2)</source>
        <translation>%1: sen saúdo 220 (%2)</translation>
    </message>
    <message>
        <source>nothing said</source>
        <translation>non dixo nada</translation>
    </message>
    <message>
        <source>%1: greeting %2</source>
        <translation>%1: saúdo %2</translation>
    </message>
    <message>
        <source>%1: EHLO answered %2 (%3)</source>
        <translation>%1: EHLO respondido %2 (%3)</translation>
    </message>
    <message>
        <source>%1: EHLO refused, HELO answered %2</source>
        <translation>%1: EHLO rexeitado, HELO respondido %2</translation>
    </message>
    <message>
        <source>%1: neither EHLO nor HELO was answered with 250 (%2)</source>
        <translation>%1: nin EHLO nin HELO recibiron un 250 (%2)</translation>
    </message>
    <message>
        <source>%1: STARTTLS is not offered (smtpd_tls_security_level = may and a certificate in main.cf offer it)</source>
        <translation>%1: non se ofrece STARTTLS (ofréceno smtpd_tls_security_level = may e un certificado en main.cf)</translation>
    </message>
    <message>
        <source>%1: STARTTLS is offered but refused (%2)</source>
        <translation>%1: ofrécese STARTTLS pero rexéitase (%2)</translation>
    </message>
    <message>
        <source>%1: STARTTLS: the TLS handshake failed: %2</source>
        <translation>%1: STARTTLS: fallou o saúdo TLS: %2</translation>
    </message>
    <message>
        <source>%1 after STARTTLS</source>
        <translation>%1 despois de STARTTLS</translation>
    </message>
    <message>
        <source>MAIL FROM:&lt;&gt; was answered %1</source>
        <translation>MAIL FROM:&lt;&gt; recibiu %1</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>sen resposta</translation>
    </message>
    <message>
        <source>%1: accepts mail for %2 (RCPT TO: %3; nothing was sent)</source>
        <translation>%1: acepta correo para %2 (RCPT TO: %3; non se enviou nada)</translation>
    </message>
    <message>
        <source>%1: refuses mail for %2 (RCPT TO: %3): is %4 in mydestination, and %5 a user of this machine?</source>
        <translation>%1: rexeita o correo para %2 (RCPT TO: %3): está %4 en mydestination, e é %5 un usuario desta máquina?</translation>
    </message>
    <message>
        <source>%1: refuses to relay to %2 for a client at %3 (%4)</source>
        <translation>%1: négase a reenviar a %2 para un cliente en %3 (%4)</translation>
    </message>
    <message>
        <source>%1: relays to %2 for a client at %3 (%4): tested from the machine itself, which Postfix trusts: mynetworks includes 127.0.0.0/8 by default on Debian. Run the check from another machine to see what a stranger gets.</source>
        <translation>%1: reenvía a %2 para un cliente en %3 (%4): probado desde a propia máquina, na que Postfix confía: mynetworks inclúe 127.0.0.0/8 por omisión en Debian. Fai a comprobación desde outra máquina para ver o que recibe un descoñecido.</translation>
    </message>
    <message>
        <source>%1: relays to %2 for a client at %3 (%4): an open relay, for anyone, unless %3 is in mynetworks on purpose</source>
        <translation>%1: reenvía a %2 para un cliente en %3 (%4): un relé aberto, para calquera, salvo que %3 estea en mynetworks a propósito</translation>
    </message>
    <message>
        <source>%1: no +OK greeting (%2)</source>
        <translation>%1: sen saúdo +OK (%2)</translation>
    </message>
    <message>
        <source>%1: log-in as %2 (USER, PASS: %3; STAT: %4)</source>
        <translation>%1: sesión iniciada como %2 (USER, PASS: %3; STAT: %4)</translation>
    </message>
    <message>
        <source>%1: log-in as %2 refused (%3)</source>
        <translation>%1: rexeitouse o inicio de sesión como %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no * OK greeting (%2)</source>
        <translation>%1: sen saúdo * OK (%2)</translation>
    </message>
    <message>
        <source>%1: LOGIN as %2 refused (%3)</source>
        <translation>%1: rexeitouse LOGIN como %2 (%3)</translation>
    </message>
    <message>
        <source>%1: LOGIN as %2 done, but SELECT INBOX failed (%3)</source>
        <translation>%1: LOGIN como %2 feito, pero fallou SELECT INBOX (%3)</translation>
    </message>
    <message>
        <source>%1: LOGIN as %2 and SELECT INBOX (%3; %4)</source>
        <translation>%1: LOGIN como %2 e SELECT INBOX (%3; %4)</translation>
    </message>
    <message>
        <source>--ports: &quot;%1&quot; is not one of smtp, submission, pop3, imap, pop3s, imaps</source>
        <translation>--ports: «%1» non é ningún de smtp, submission, pop3, imap, pop3s, imaps</translation>
    </message>
    <message>
        <source>--ports: %1 needs a port from 1 to 65535, not &quot;%2&quot;</source>
        <translation>--ports: %1 precisa un porto do 1 ao 65535, non «%2»</translation>
    </message>
    <message>
        <source>Every check holds.</source>
        <translation>Cúmprense todas as comprobacións.</translation>
    </message>
    <message>
        <source>Checking the mail server at %1 …</source>
        <translation>Comprobando o servidor de correo en %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) do not hold.</source>
        <translation>
            <numerusform>Non se cumpre %n comprobación.</numerusform>
            <numerusform>Non se cumpren %n comprobacións.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>one of %1</source>
        <translation>un de %1</translation>
    </message>
    <message>
        <source>mbox:… or maildir:… (such as maildir:~/Maildir)</source>
        <translation>mbox:… ou maildir:… (coma maildir:~/Maildir)</translation>
    </message>
    <message>
        <source>yes, no or required</source>
        <translation>yes, no ou required</translation>
    </message>
    <message>
        <source>a list of addresses such as "*, ::"</source>
        <translation>unha lista de enderezos coma "*, ::"</translation>
    </message>
    <message>
        <source>a list of imap, pop3 and lmtp</source>
        <translation>unha lista de imap, pop3 e lmtp</translation>
    </message>
    <message>
        <source>empty, Maildir/ or a file name under the home directory</source>
        <translation>baleiro, Maildir/ ou un nome de ficheiro dentro do directorio persoal</translation>
    </message>
    <message>
        <source>a size in bytes (0: no limit)</source>
        <translation>un tamaño en bytes (0: sen límite)</translation>
    </message>
    <message>
        <source>all, loopback-only, localhost or 127.0.0.1</source>
        <translation>all, loopback-only, localhost ou 127.0.0.1</translation>
    </message>
    <message>
        <source>empty or a host such as [smtp.example.org]:587</source>
        <translation>baleiro ou un host coma [smtp.example.org]:587</translation>
    </message>
    <message>
        <source>a list of networks (such as "127.0.0.0/8 [::1]/128")</source>
        <translation>unha lista de redes (coma "127.0.0.0/8 [::1]/128")</translation>
    </message>
    <message>
        <source>a list of domains (such as "$myhostname, localhost")</source>
        <translation>unha lista de dominios (coma "$myhostname, localhost")</translation>
    </message>
    <message>
        <source>$myhostname, $mydomain, /etc/mailname or a domain</source>
        <translation>$myhostname, $mydomain, /etc/mailname ou un dominio</translation>
    </message>
    <message>
        <source>a fully qualified domain name such as 2esi.org</source>
        <translation>un nome de dominio completo coma 2esi.org</translation>
    </message>
    <message>
        <source>a type of configuration (%1)</source>
        <translation>un tipo de configuración (%1)</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not %4</source>
        <translation>%1 %2: %3 non é %4</translation>
    </message>
    <message>
        <source>unknown %1 setting %2; known settings: %3</source>
        <translation>opción de %1 descoñecida %2; opcións coñecidas: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not %4: the simulated servers keep every mailbox as a Maildir in ~/Maildir (an mbox file is not simulated), where Postfix delivers (home_mailbox = Maildir/) and Dovecot reads (mail_location = maildir:~/Maildir); both must name the same place, or Dovecot finds the mailbox empty</source>
        <translation>%1 %2: %3 non é %4: os servidores simulados gardan cada caixa de correo como un Maildir en ~/Maildir (un ficheiro mbox non se simula), onde Postfix entrega (home_mailbox = Maildir/) e Dovecot le (mail_location = maildir:~/Maildir); os dous deben nomear o mesmo lugar, ou Dovecot atopa a caixa de correo baleira</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source># (not configured yet: Carteiro's own POP3 and IMAP; Debian's defaults would be)</source>
        <translation># (aínda sen configurar: o POP3 e o IMAP propios de Carteiro; os valores por defecto de Debian serían)</translation>
    </message>
    <message>
        <source># (not configured yet: Carteiro's own server; as an Internet Site it would be)</source>
        <translation># (aínda sen configurar: o servidor propio de Carteiro; coma Sitio de Internet sería)</translation>
    </message>
    <message>
        <source>As the configuration files would say it (postconf -n, doveconf -n)</source>
        <translation>Como o dirían os ficheiros de configuración (postconf -n, doveconf -n)</translation>
    </message>
    <message>
        <source>%Lu: the name as given, in lower case (fran and fran@servidor.edu both log in); %n: the part before @ only</source>
        <translation>%Lu: o nome tal como se dá, en minúsculas (entran tanto fran coma fran@servidor.edu); %n: só a parte de antes da @</translation>
    </message>
    <message>
        <source>Where the mailboxes are</source>
        <translation>Onde están os buzóns</translation>
    </message>
    <message>
        <source>yes: STARTTLS/STLS and the secure ports; no: neither; required: no log-in in clear</source>
        <translation>yes: STARTTLS/STLS e os portos seguros; no: ningún dos dous; required: non se entra en claro</translation>
    </message>
    <message>
        <source>*, ::: every address; 127.0.0.1, ::1: only this host itself</source>
        <translation>*, ::: todos os enderezos; 127.0.0.1, ::1: só este mesmo host</translation>
    </message>
    <message>
        <source>The protocols Dovecot serves: imap (143, 993) and pop3 (110, 995)</source>
        <translation>Os protocolos que serve Dovecot: imap (143, 993) e pop3 (110, 995)</translation>
    </message>
    <message>
        <source>Dovecot: /etc/dovecot/dovecot.conf</source>
        <translation>Dovecot: /etc/dovecot/dovecot.conf</translation>
    </message>
    <message>
        <source>Maildir/: one file per message in ~/Maildir; empty: one mbox file in /var/mail</source>
        <translation>Maildir/: un ficheiro por mensaxe en ~/Maildir; baleiro: un ficheiro mbox en /var/mail</translation>
    </message>
    <message>
        <source>The largest message accepted, in bytes (0: no limit)</source>
        <translation>A mensaxe máis grande que se acepta, en bytes (0: sen límite)</translation>
    </message>
    <message>
        <source>all: any machine may connect; loopback-only: only this host itself</source>
        <translation>all: calquera máquina pode conectarse; loopback-only: só este mesmo host</translation>
    </message>
    <message>
        <source>Where mail for other domains goes instead of to their MX (the smarthost); empty: the MX</source>
        <translation>A onde vai o correo para outros dominios en vez de ao seu MX (o smarthost); baleiro: o MX</translation>
    </message>
    <message>
        <source>The clients that may relay without logging in</source>
        <translation>Os clientes que poden reenviar sen autenticarse</translation>
    </message>
    <message>
        <source>The domains this server takes mail for and delivers to its own mailboxes; mail for any other domain is relayed</source>
        <translation>Os dominios para os que este servidor acepta correo e o entrega nos seus buzóns; o correo para calquera outro dominio reenvíase</translation>
    </message>
    <message>
        <source>The domain added to addresses without one</source>
        <translation>O dominio que se lles engade aos enderezos que non o teñen</translation>
    </message>
    <message>
        <source>The domain: myhostname without its first part</source>
        <translation>O dominio: myhostname sen a súa primeira parte</translation>
    </message>
    <message>
        <source>This host's name</source>
        <translation>O nome deste host</translation>
    </message>
    <message>
        <source>Postfix: /etc/postfix/main.cf</source>
        <translation>Postfix: /etc/postfix/main.cf</translation>
    </message>
    <message>
        <source>The fully qualified domain name (FQDN) of the mail addresses: 2esi.org for alumno1@2esi.org (/etc/mailname)</source>
        <translation>O nome completo de dominio (FQDN) dos enderezos de correo: 2esi.org para alumno1@2esi.org (/etc/mailname)</translation>
    </message>
    <message>
        <source>System mail name:</source>
        <translation>Nome de correo do sistema:</translation>
    </message>
    <message>
        <source>General type of configuration:</source>
        <translation>Tipo xeral de configuración:</translation>
    </message>
    <message>
        <source>The general type of mail configuration (dpkg-reconfigure postfix)</source>
        <translation>O tipo xeral de configuración do correo (dpkg-reconfigure postfix)</translation>
    </message>
    <message>
        <source>Postfix: the installation's questions</source>
        <translation>Postfix: as preguntas da instalación</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Só local</translation>
    </message>
    <message>
        <source>Satellite system</source>
        <translation>Sistema satélite</translation>
    </message>
    <message>
        <source>Internet with smarthost</source>
        <translation>Internet con smarthost</translation>
    </message>
    <message>
        <source>Internet Site</source>
        <translation>Sitio de Internet</translation>
    </message>
    <message>
        <source>No configuration</source>
        <translation>Sen configuración</translation>
    </message>
    <message>
        <source>Maildir/: one file per message in ~/Maildir, the only kind of mailbox the simulated servers keep (Debian&apos;s default, one mbox file in /var/mail, is not simulated)</source>
        <translation>Maildir/: un ficheiro por mensaxe en ~/Maildir, o único tipo de caixa de correo que gardan os servidores simulados (o predeterminado de Debian, un ficheiro mbox en /var/mail, non se simula)</translation>
    </message>
    <message>
        <source>Where the mailboxes are: the same Maildir where Postfix delivers (home_mailbox)</source>
        <translation>Onde están as caixas de correo: o mesmo Maildir onde entrega Postfix (home_mailbox)</translation>
    </message>
    <message>
        <source>The domain added to addresses without one: RCPT TO:&lt;fran&gt; is fran@$myorigin</source>
        <translation>O dominio que se engade aos enderezos que non o teñen: RCPT TO:&lt;fran&gt; é fran@$myorigin</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>(the line that ends the message)</source>
        <translation>(a liña que remata a mensaxe)</translation>
    </message>
    <message>
        <source>The scenario did not run as it says, so no handout was written:</source>
        <translation>O escenario non se executou como di, así que non se escribiu ningunha folla:</translation>
    </message>
    <message>
        <source>%1:%2: expected %3; %4</source>
        <translation>%1:%2: agardábase %3; %4</translation>
    </message>
    <message>
        <source>Timeline (%1 of %2)</source>
        <translation>Liña temporal (%1 de %2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Liña temporal</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>non se puido rematar o PDF</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>non se puido comezar o PDF</translation>
    </message>
    <message>
        <source>drawing needs a graphical application</source>
        <translation>para debuxar cómpre unha aplicación gráfica</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é un cartafol</translation>
    </message>
    <message>
        <source>the name must end in .pdf</source>
        <translation>o nome debe rematar en .pdf</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Páxina %1 de %2</translation>
    </message>
    <message>
        <source>Exercise %1 (%2, %3)</source>
        <translation>Exercicio %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Exercises: a model solution</source>
        <translation>Exercicios: unha solución modelo</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Resposta %1: %2</translation>
    </message>
    <message>
        <source>Answers (for the teacher)</source>
        <translation>Respostas (para o profesorado)</translation>
    </message>
    <message>
        <source>What does %1 answer when %2 says:</source>
        <translation>Que responde %1 cando %2 di:</translation>
    </message>
    <message>
        <source>Question %1.</source>
        <translation>Pregunta %1.</translation>
    </message>
    <message>
        <source>Mark the reply code you expect before you look at the answers.</source>
        <translation>Marca o código de resposta que esperas antes de mirar as respostas.</translation>
    </message>
    <message>
        <source>Predict the reply</source>
        <translation>Adiviña a resposta</translation>
    </message>
    <message>
        <source>Write here the lines you type and the replies you get:</source>
        <translation>Escribe aquí as liñas que tecleas e as respostas que recibes:</translation>
    </message>
    <message>
        <source>It is done when:</source>
        <translation>Está feito cando:</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Exercicio %1</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercicios</translation>
    </message>
    <message>
        <source>No connection was made.</source>
        <translation>Non se fixo ningunha conexión.</translation>
    </message>
    <message>
        <source>C: is what the client says, S: what the server answers, as in the course's notes. ??? is a reply you are asked to predict.</source>
        <translation>C: é o que di o cliente e S: o que responde o servidor, como nos apuntamentos do curso. ??? é unha resposta que tes que adiviñar.</translation>
    </message>
    <message>
        <source>The dialogue, line by line</source>
        <translation>O diálogo, liña a liña</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Que pasa</translation>
    </message>
    <message>
        <source>Exercise %1:</source>
        <translation>Exercicio %1:</translation>
    </message>
    <message>
        <source>Connection #%1: %2 → %3 (%4)</source>
        <translation>Conexión #%1: %2 → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>[… %n more line(s) of the message …]</source>
        <translation>
            <numerusform>[… %n liña máis da mensaxe …]</numerusform>
            <numerusform>[… %n liñas máis da mensaxe …]</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Non se pode escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ClassPasswords</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>non se pode ler %1: %2</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>é grande de máis</translation>
    </message>
    <message>
        <source>%1:%2: expected "address password", found "%3"</source>
        <translation>%1:%2: agardábase "enderezo contrasinal", atopouse "%3"</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>non se pode crear o directorio de datos %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>non se pode escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>AccessSheet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Non se pode escribir %1: %2</translation>
    </message>
    <message>
        <source>drawing needs a graphical application</source>
        <translation>para debuxar precísase unha aplicación gráfica</translation>
    </message>
    <message>
        <source>the scenario declares no class ("class FILE.csv" or "students N on DOMAIN")</source>
        <translation>o escenario non declara ningunha clase ("class FICHEIRO.csv" ou "students N on DOMINIO")</translation>
    </message>
    <message>
        <source>Access sheet: %1</source>
        <translation>Folla de acceso: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>non se puido comezar o PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Páxina %1 de %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Enderezo: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Contrasinal: %1</translation>
    </message>
    <message>
        <source>No server takes mail for this address.</source>
        <translation>Ningún servidor recibe o correo deste enderezo.</translation>
    </message>
    <message>
        <source>Server: %1 (%2)</source>
        <translation>Servidor: %1 (%2)</translation>
    </message>
    <message>
        <source>Webmail %1: %2</source>
        <translation>Webmail %1: %2</translation>
    </message>
    <message>
        <source>Access sheet</source>
        <translation>Folla de acceso</translation>
    </message>
    <message>
        <source>Predict the reply: %1</source>
        <translation>Adiviña a resposta: %1</translation>
    </message>
    <message>
        <source>Your %1 too (%2): %3</source>
        <translation>O teu %1 tamén (%2): %3</translation>
    </message>
    <message>
        <source>From a terminal: %1</source>
        <translation>Desde un terminal: %1</translation>
    </message>
</context>
<context>
    <name>Tap</name>
    <message>
        <source>--tap %1: write it as LISTEN=TARGET, for example --tap 2525=127.0.0.1:25</source>
        <translation>--tap %1: escríbeo como ESCOITA=DESTINO, por exemplo --tap 2525=127.0.0.1:25</translation>
    </message>
    <message>
        <source>--tap %1: unknown service "%2" (smtp, submission, submissions, pop3, pop3s, imap or imaps)</source>
        <translation>--tap %1: servizo descoñecido "%2" (smtp, submission, submissions, pop3, pop3s, imap ou imaps)</translation>
    </message>
    <message>
        <source>--tap %1: "%2" is not a port to listen on (PORT or ADDRESS:PORT)</source>
        <translation>--tap %1: "%2" non é un porto no que escoitar (PORTO ou ENDEREZO:PORTO)</translation>
    </message>
    <message>
        <source>--tap %1: "%2" is not a server to pass to (ADDRESS:PORT)</source>
        <translation>--tap %1: "%2" non é un servidor ao que pasar (ENDEREZO:PORTO)</translation>
    </message>
    <message>
        <source>--tap %1: which protocol does port %2 speak? Name it first, as in --tap imap:%3</source>
        <translation>--tap %1: que protocolo fala o porto %2? Nómeo diante, como en --tap imap:%3</translation>
    </message>
    <message>
        <source>--tap %1: cannot listen on %2:%3: %4</source>
        <translation>--tap %1: non se pode escoitar en %2:%3: %4</translation>
    </message>
</context>
<context>
    <name>ClassGrader</name>
    <message>
        <source>%1 passed check %2 of exercise %3: %4</source>
        <translation>%1 superou a comprobación %2 do exercicio %3: %4</translation>
    </message>
    <message>
        <source>a reply %1 in one of the student's sessions</source>
        <translation>unha resposta %1 nunha das sesións do alumno</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Non se pode escribir %1: %2</translation>
    </message>
    <message>
        <source>--results %1: the file's name must end in .csv or .json</source>
        <translation>--results %1: o nome do ficheiro debe rematar en .csv ou .json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Non se pode ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a class's results file: %2</source>
        <translation>%1 non é un ficheiro de resultados dunha clase: %2</translation>
    </message>
    <message>
        <source>no "format": "%1"</source>
        <translation>non ten "format": "%1"</translation>
    </message>
    <message>
        <source>Prediction %1 over the class (the reply was %2): %3 of %4 students answered, %5 right</source>
        <translation>Predición %1 na clase (a resposta foi %2): responderon %3 de %4 alumnos, %5 acertaron</translation>
    </message>
</context>
<context>
    <name>ClassPanel</name>
    <message>
        <source>Whole class</source>
        <translation>Toda a clase</translation>
    </message>
    <message>
        <source>Show every student's sessions on the timeline</source>
        <translation>Mostrar na liña temporal as sesións de todo o alumnado</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Alumno/a</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superadas</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividade</translation>
    </message>
    <message>
        <source>Exercise %1: %2</source>
        <translation>Exercicio %1: %2</translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation>Comprobación %1: %2</translation>
    </message>
    <message>
        <source>Checks passed, of %1</source>
        <translation>Comprobacións superadas, de %1</translation>
    </message>
    <message>
        <source>The time of the student's last line to a server</source>
        <translation>A hora da última liña que o alumno ou alumna mandou a un servidor</translation>
    </message>
    <message>
        <source>%1 passed check %2 at %3</source>
        <translation>%1 superou a comprobación %2 ás %3</translation>
    </message>
    <message>
        <source>%1 has not passed check %2 yet</source>
        <translation>%1 aínda non superou a comprobación %2</translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation>Aínda sen ningunha sesión</translation>
    </message>
    <message>
        <source>Students: %1 · at work: %2 · every check passed: %3</source>
        <translation>Alumnado: %1 · traballando: %2 · con todo superado: %3</translation>
    </message>
    <message>
        <source>The timeline shows only %1's sessions.</source>
        <translation>A liña temporal mostra só as sesións de %1.</translation>
    </message>
    <message>
        <source>Click a student to see only their sessions.</source>
        <translation>Preme nun alumno ou alumna para ver só as súas sesións.</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicións</translation>
    </message>
    <message>
        <source>Predict the reply: questions answered right, of those asked of the class (on the quiz page)</source>
        <translation>Adiviña a resposta: preguntas acertadas, das que se lle fixeron á clase (na páxina de preguntas)</translation>
    </message>
    <message>
        <source>%1 answered %2 of %3 questions, %4 right</source>
        <translation>%1 respondeu %2 de %3 preguntas, %4 acertadas</translation>
    </message>
    <message>
        <source>No question asked yet</source>
        <translation>Aínda non se fixo ningunha pregunta</translation>
    </message>
    <message>
        <source>The class answers the questions at %1</source>
        <translation>A clase responde ás preguntas en %1</translation>
    </message>
    <message>
        <source>The timeline shows %1's own world.</source>
        <translation>A liña temporal mostra o mundo propio de %1.</translation>
    </message>
    <message>
        <source>Click a student to see their own world.</source>
        <translation>Preme nun alumno ou alumna para ver o seu propio mundo.</translation>
    </message>
    <message>
        <source>Show the class's world on the timeline again</source>
        <translation>Mostrar de novo o mundo da clase na liña temporal</translation>
    </message>
    <message>
        <source>The class answers the questions at:</source>
        <translation>A clase responde ás preguntas en:</translation>
    </message>
</context>
<context>
    <name>ClassQuiz</name>
    <message>
        <source>The class's quiz page cannot listen on %1 port %2: %3</source>
        <translation>A páxina de preguntas da clase non pode escoitar en %1 porto %2: %3</translation>
    </message>
    <message>
        <source>Predict the reply</source>
        <translation>Adiviña a resposta</translation>
    </message>
    <message>
        <source>Back to the question</source>
        <translation>Volver á pregunta</translation>
    </message>
    <message>
        <source>This form must be sent as application/x-www-form-urlencoded.</source>
        <translation>Este formulario debe enviarse como application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>No session: your browser must accept this page's cookie. Open the page again and log in.</source>
        <translation>Non hai sesión: o navegador ten que aceptar a cookie desta páxina. Abre de novo a páxina e entra.</translation>
    </message>
    <message>
        <source>There is no such form here.</source>
        <translation>Aquí non hai ese formulario.</translation>
    </message>
    <message>
        <source>There is no such page here.</source>
        <translation>Aquí non hai esa páxina.</translation>
    </message>
    <message>
        <source>Log in with your class account to answer the teacher's questions.</source>
        <translation>Entra coa túa conta da clase para responder ás preguntas do profesor.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contrasinal</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Dentro como %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Saír</translation>
    </message>
    <message>
        <source>Question %1: what will %2 answer to this line?</source>
        <translation>Pregunta %1: que responderá %2 a esta liña?</translation>
    </message>
    <message>
        <source>Your answer: %1. You may change it while the question is open.</source>
        <translation>A túa resposta: %1. Podes cambiala mentres a pregunta estea aberta.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>No question right now. This page looks again every few seconds.</source>
        <translation>Agora non hai ningunha pregunta. Esta páxina mira de novo cada poucos segundos.</translation>
    </message>
    <message>
        <source>Question %1: the server answered %2.</source>
        <translation>Pregunta %1: o servidor respondeu %2.</translation>
    </message>
    <message>
        <source>You did not answer it.</source>
        <translation>Non a respondiches.</translation>
    </message>
    <message>
        <source>You answered %1: right!</source>
        <translation>Respondiches %1: acertaches!</translation>
    </message>
    <message>
        <source>You answered %1: not this time.</source>
        <translation>Respondiches %1: esta vez non.</translation>
    </message>
    <message>
        <source>Your score: %1 right of %2 questions.</source>
        <translation>A túa puntuación: %1 acertos de %2 preguntas.</translation>
    </message>
    <message>
        <source>The log-in form needs a user and a password.</source>
        <translation>O formulario de entrada necesita un usuario e un contrasinal.</translation>
    </message>
    <message>
        <source>This form is out of date (its token does not match your session). Open the page again.</source>
        <translation>Este formulario está caducado (o seu testemuño non corresponde á túa sesión). Abre de novo a páxina.</translation>
    </message>
    <message>
        <source>Too many failed log-ins for this user: wait a minute and try again.</source>
        <translation>Demasiados intentos de entrada fallidos para este usuario: agarda un minuto e téntao de novo.</translation>
    </message>
    <message>
        <source>Wrong user or password (the class's accounts only).</source>
        <translation>Usuario ou contrasinal incorrectos (só as contas da clase).</translation>
    </message>
    <message>
        <source>Log in first: only the class's students answer.</source>
        <translation>Entra primeiro: só responden os alumnos da clase.</translation>
    </message>
    <message>
        <source>The answer form needs a question and a choice.</source>
        <translation>O formulario da resposta necesita unha pregunta e unha opción.</translation>
    </message>
    <message>
        <source>No question is open now: the reply was revealed.</source>
        <translation>Agora non hai ningunha pregunta aberta: xa se amosou a resposta.</translation>
    </message>
    <message>
        <source>That question is closed: another one is open now.</source>
        <translation>Esa pregunta está pechada: agora hai outra aberta.</translation>
    </message>
    <message>
        <source>That is not one of the question's choices.</source>
        <translation>Esa non é ningunha das opcións da pregunta.</translation>
    </message>
    <message>
        <source>The class's quiz console cannot listen on %1 port %2: %3</source>
        <translation>A consola de preguntas da clase non pode escoitar en %1 porto %2: %3</translation>
    </message>
</context>
<context>
    <name>PrivateWorlds</name>
    <message>
        <source>The private world of %1: %2</source>
        <translation>O mundo privado de %1: %2</translation>
    </message>
</context>
</TS>
