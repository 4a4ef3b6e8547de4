<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>EavesdropperPanel</name>
    <message>
        <source>%1 is on the network between %2 and reads what anyone on the wire reads: lines in clear as they were written, and inside TLS only encrypted records.</source>
        <translation>%1 está en la red entre %2 y lee lo que cualquiera en el cable lee: las líneas en claro tal como se escribieron y, dentro de TLS, solo registros cifrados.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>The scenario puts no eavesdropper on the network.</source>
        <translation>El escenario no pone ninguna escuchadora en la red.</translation>
    </message>
    <message>
        <source>TLS record, %1 octets</source>
        <translation>registro TLS, %1 octetos</translation>
    </message>
    <message>
        <source>TLS record (%1), %2 octets</source>
        <translation>registro TLS (%1), %2 octetos</translation>
    </message>
    <message>
        <source>← password in clear</source>
        <translation>← contraseña en claro</translation>
    </message>
    <message>
        <source>Nothing has crossed these links yet.</source>
        <translation>Todavía no ha pasado nada por estos enlaces.</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <source>the message (%1)</source>
        <translation>el mensaje (%1)</translation>
    </message>
    <message>
        <source>part %1 (%2)</source>
        <translation>parte %1 (%2)</translation>
    </message>
    <message>
        <source>The header of %1 does not end with an empty line; what follows its last field is read as the body (RFC 5322 §2.1).</source>
        <translation>La cabecera de %1 no termina con una línea vacía; lo que sigue a su último campo se lee como cuerpo (RFC 5322 §2.1).</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>el mensaje</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>parte %1</translation>
    </message>
    <message>
        <source>No header fields: the message is only its body, as in the course's example typed by hand. A mail client adds at least From and Date, which RFC 5322 §3.6 asks for.</source>
        <translation>Sin campos de cabecera: el mensaje es solo su cuerpo, como en el ejemplo del curso escrito a mano. Un cliente de correo añade al menos From y Date, que pide el RFC 5322 §3.6.</translation>
    </message>
    <message>
        <source>Nesting deeper than %1 levels at %2: its contents are not parsed further.</source>
        <translation>Anidamiento de más de %1 niveles en %2: su contenido no se analiza más.</translation>
    </message>
    <message>
        <source>No boundary parameter in %1, which is multipart, so its parts cannot be found (RFC 2046 §5.1.1).</source>
        <translation>Sin parámetro boundary en %1, que es multipart, así que no se pueden encontrar sus partes (RFC 2046 §5.1.1).</translation>
    </message>
    <message>
        <source>The boundary “%1” of %2 never appears in its body, so its parts cannot be told apart (RFC 2046 §5.1.1).</source>
        <translation>El boundary «%1» de %2 no aparece nunca en su cuerpo, así que no se pueden distinguir sus partes (RFC 2046 §5.1.1).</translation>
    </message>
    <message>
        <source>No closing boundary “--%1--” in %2: the message may have been cut short (RFC 2046 §5.1.1).</source>
        <translation>Sin boundary de cierre «--%1--» en %2: puede que el mensaje se cortara (RFC 2046 §5.1.1).</translation>
    </message>
    <message>
        <source>Invalid base64 in %1: %2 character(s) outside the base64 alphabet, which decoding skips (RFC 2045 §6.8).</source>
        <translation>Base64 no válido en %1: %2 carácter(es) fuera del alfabeto base64, que la decodificación salta (RFC 2045 §6.8).</translation>
    </message>
    <message>
        <source>Invalid base64 in %1: its %2 characters are not a multiple of 4, so the data is cut short (RFC 2045 §6.8).</source>
        <translation>Base64 no válido en %1: sus %2 caracteres no son múltiplo de 4, así que los datos quedan cortados (RFC 2045 §6.8).</translation>
    </message>
    <message>
        <source>8-bit octets in %1, which is declared 7bit: a server without 8BITMIME may mangle them (RFC 2045 §2.7, RFC 6152).</source>
        <translation>Octetos de 8 bits en %1, que se declara 7bit: un servidor sin 8BITMIME puede estropearlos (RFC 2045 §2.7, RFC 6152).</translation>
    </message>
    <message>
        <source>8-bit octets in %1, which has no Content-Transfer-Encoding and is therefore 7bit: a server without 8BITMIME may mangle them (RFC 2045 §6.1, RFC 6152).</source>
        <translation>Octetos de 8 bits en %1, que no tiene Content-Transfer-Encoding y por tanto es 7bit: un servidor sin 8BITMIME puede estropearlos (RFC 2045 §6.1, RFC 6152).</translation>
    </message>
    <message>
        <source>NUL octets in %1: neither 7bit nor 8bit data may hold them (RFC 2045 §2.7, §2.8).</source>
        <translation>Octetos NUL en %1: ni los datos 7bit ni los 8bit pueden llevarlos (RFC 2045 §2.7, §2.8).</translation>
    </message>
    <message>
        <source>Unknown charset “%1” in %2: its text is shown as Latin-1 (ISO-8859-1) instead.</source>
        <translation>Juego de caracteres «%1» desconocido en %2: su texto se muestra como Latin-1 (ISO-8859-1).</translation>
    </message>
</context>
<context>
    <name>ClassroomCa</name>
    <message>
        <source>%1 holds no readable PEM certificate (%2)</source>
        <translation>%1 no contiene ningún certificado PEM legible (%2)</translation>
    </message>
    <message>
        <source>%1 holds no readable PEM private key (%2)</source>
        <translation>%1 no contiene ninguna clave privada PEM legible (%2)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 no es un directorio</translation>
    </message>
    <message>
        <source>%1 is outside the names the classroom CA may vouch for (%2 and their subdomains): no certificate is made for it</source>
        <translation>%1 está fuera de los nombres que la CA del aula puede avalar (%2 y sus subdominios): no se crea ningún certificado para él</translation>
    </message>
    <message>
        <source>%1. The classroom CA is left as it is, since students may already trust it; move %2 away to make a new one.</source>
        <translation>%1. La CA del aula se deja como está, porque el alumnado ya puede confiar en ella; mueve %2 a otro sitio para crear una nueva.</translation>
    </message>
    <message>
        <source>OpenSSL could not make a certificate for %1: %2</source>
        <translation>OpenSSL no pudo crear un certificado para %1: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not make the classroom CA: %1</source>
        <translation>OpenSSL no pudo crear la CA del aula: %1</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>no se puede crear el directorio %1</translation>
    </message>
    <message>
        <source>cannot move the new classroom CA into %1: %2</source>
        <translation>no se puede mover la nueva CA del aula a %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the certificate in %1 is not a CA certificate</source>
        <translation>el certificado de %1 no es un certificado de CA</translation>
    </message>
    <message>
        <source>the key in %1 does not match the certificate in %2</source>
        <translation>la clave de %1 no corresponde al certificado de %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Handout written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Hoja escrita en %1 (%n página)</numerusform>
            <numerusform>Hoja escrita en %1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The classroom CA &quot;%1&quot; is kept in %2.
Its certificate is now in %3 (SHA-256 fingerprint %4).
Import it as a certificate authority in Thunderbird or a browser to trust Carteiro&apos;s servers (see the README, &quot;TLS&quot;).</source>
        <translation>La CA del aula «%1» se guarda en %2.
Su certificado está ahora en %3 (huella SHA-256 %4).
Impórtalo como autoridad de certificación en Thunderbird o en un navegador para confiar en los servidores de Carteiro (véase el README, «TLS»).</translation>
    </message>
    <message>
        <source>Scenario: %1 (%2)</source>
        <translation>Escenario: %1 (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>  %1 lines on the wire in %2 connections, %3 message(s) delivered</source>
        <translation>  %1 líneas enviadas por la red en %2 conexiones, %3 mensaje(s) entregado(s)</translation>
    </message>
    <message>
        <source>  FAILED %1:%2: expected %3; %4</source>
        <translation>  FALLÓ %1:%2: se esperaba: %3; %4</translation>
    </message>
    <message>
        <source>  expectations: %1 passed, %2 failed</source>
        <translation>  expectativas: %1 cumplidas, %2 fallidas</translation>
    </message>
    <message>
        <source>%1: no errors</source>
        <translation>%1: sin errores</translation>
    </message>
    <message>
        <source>World file: %1 (scenario %2)</source>
        <translation>Archivo de mundo: %1 (escenario %2)</translation>
    </message>
    <message>
        <source>warning: these services listen beyond loopback; anyone who can reach this machine can connect to them, and passwords travel in clear text:</source>
        <translation>aviso: estos servicios escuchan más allá del loopback; cualquiera que llegue a esta máquina puede conectarse a ellos, y las contraseñas viajan en texto claro:</translation>
    </message>
    <message>
        <source>Port %1 is in use, perhaps by another carteiro (a window, a --serve) of yours or of another user of this machine.</source>
        <translation>El puerto %1 está ocupado, quizá por otro carteiro (una ventana, un --serve) tuyo o de otro usuario de esta máquina.</translation>
    </message>
    <message>
        <source>Choose other ports with --port-offset N: --port-offset %1 is free now (%2 would then listen on port %3).</source>
        <translation>Elige otros puertos con --port-offset N: --port-offset %1 está libre ahora (%2 escucharía entonces en el puerto %3).</translation>
    </message>
    <message>
        <source>Choose other ports with --port-offset N.</source>
        <translation>Elige otros puertos con --port-offset N.</translation>
    </message>
    <message>
        <source>%1 declares no class: add "students 30 on 2esi.org" or "class alumnos.csv" to it</source>
        <translation>%1 no declara ninguna clase: añádele "students 30 on 2esi.org" o "class alumnos.csv"</translation>
    </message>
    <message>
        <source>Access sheet written to %1 (students: %2)</source>
        <translation>Hoja de acceso escrita en %1 (alumnos: %2)</translation>
    </message>
    <message>
        <source>The passwords are new and kept nowhere (no data directory): a server started now gives others.</source>
        <translation>Las contraseñas son nuevas y no se guardan en ninguna parte (sin directorio de datos): un servidor que se arranque ahora dará otras.</translation>
    </message>
    <message>
        <source>The passwords are kept in %1.</source>
        <translation>Las contraseñas se guardan en %1.</translation>
    </message>
    <message>
        <source>--results needs a class: %1 declares no students (add "students 30 on 2esi.org" or "class alumnos.csv")</source>
        <translation>--results necesita una clase: %1 no declara alumnos (añade "students 30 on 2esi.org" o "class alumnos.csv")</translation>
    </message>
    <message>
        <source>The private world of %1: %2</source>
        <translation>El mundo privado de %1: %2</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1, in the middle, changed what %2 said before %3 read it: STARTTLS became XXXXXXXA, so %3 does not see that TLS is offered</source>
        <translation>%1, en medio, cambió lo que dijo %2 antes de que lo leyera %3: STARTTLS pasó a ser XXXXXXXA, así que %3 no ve que se ofrece TLS</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>falló el TLS: %1</translation>
    </message>
    <message>
        <source>encrypted from here (%1, %2); %3 presented the certificate of %4</source>
        <translation>cifrado desde aquí (%1, %2); %3 presentó el certificado de %4</translation>
    </message>
    <message>
        <source>encrypted from here (%1, %2); the certificate of %3, issued by %4, NOT verified: %5</source>
        <translation>cifrado desde aquí (%1, %2); el certificado de %3, emitido por %4, NO verificado: %5</translation>
    </message>
    <message>
        <source>encrypted from here (%1, %2); the certificate of %3, issued by %4, verified</source>
        <translation>cifrado desde aquí (%1, %2); el certificado de %3, emitido por %4, verificado</translation>
    </message>
    <message>
        <source>TLS %1: %3, issued by %4</source>
        <translation>TLS %1: %3, emitido por %4</translation>
    </message>
    <message>
        <source>encrypted TLS record: %2 octets (%1 inside)</source>
        <translation>registro TLS cifrado: %2 octetos (%1 dentro)</translation>
    </message>
    <message>
        <source>TLS record in clear: %1, %2 octets</source>
        <translation>registro TLS en claro: %1, %2 octetos</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2): %3</source>
        <translation>no se puede conectar con %1 (%2): %3</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>cerrada por %1</translation>
    </message>
    <message>
        <source>%1 spoke before the greeting (Postfix logs "improper command pipelining after CONNECT"); its commands are answered in order</source>
        <translation>%1 habló antes del saludo (Postfix registra "improper command pipelining after CONNECT"); sus órdenes se responden en orden</translation>
    </message>
    <message>
        <source>encrypted from here: %1 and %2 agreed on STARTTLS, and the tap in the middle holds no key, so it passes their TLS records on as they are and cannot show the commands and replies inside them</source>
        <translation>cifrado desde aquí: %1 y %2 acordaron STARTTLS, y la derivación del medio no tiene ninguna clave, así que pasa sus registros TLS tal como vienen y no puede mostrar las órdenes y respuestas que llevan dentro</translation>
    </message>
    <message>
        <source>encrypted from the first octet (port %3 is a secure port): the tap in the middle holds no key, so it passes the TLS records of %1 and %2 on as they are and cannot show the commands and replies inside them</source>
        <translation>cifrado desde el primer octeto (el puerto %3 es un puerto seguro): la derivación del medio no tiene ninguna clave, así que pasa los registros TLS de %1 y %2 tal como vienen y no puede mostrar las órdenes y respuestas que llevan dentro</translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <source>Not connected: here netstat -tl, netstat -tln, ss -tl and ss -tln run; to type SMTP, POP3 or IMAP choose a service and press Connect.</source>
        <translation>Sin conexión: aquí funcionan netstat -tl, netstat -tln, ss -tl y ss -tln; para escribir SMTP, POP3 o IMAP elige un servicio y pulsa Conectar.</translation>
    </message>
    <message>
        <source>Each port is the standard one plus %1 (10025 = 25 + %1), and is named here as the standard one: smtp is 25 + %1. With -n the real numbers.</source>
        <translation>Cada puerto es el estándar más %1 (10025 = 25 + %1), y aquí se nombra como el estándar: smtp es 25 + %1. Con -n, los números reales.</translation>
    </message>
    <message>
        <source>netstat -tl or ss -tl, then Enter; or choose a service and Connect</source>
        <translation>netstat -tl o ss -tl e Intro; o elige un servicio y Conectar</translation>
    </message>
    <message>
        <source>Not connected. Choose a service and press Connect, or type netstat -tl.</source>
        <translation>Sin conexión. Elige un servicio y pulsa Conectar, o escribe netstat -tl.</translation>
    </message>
    <message>
        <source>The scenario restarted: that connection is gone. Connect again.</source>
        <translation>El escenario se ha reiniciado: esa conexión ya no existe. Hay que volver a conectarse.</translation>
    </message>
    <message>
        <source>Connecting to %1 at %2 port %3…</source>
        <translation>Conectando con %1 en %2, puerto %3…</translation>
    </message>
    <message>
        <source>Connected to %1. Type the commands; Enter sends a line.</source>
        <translation>Conectado a %1. Ya se pueden escribir los comandos; Intro envía cada línea.</translation>
    </message>
    <message>
        <source>nobody listens there</source>
        <translation>nadie escucha ahí</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>No se pudo conectar con %1: %2.</translation>
    </message>
    <message>
        <source>You closed the connection to %1.</source>
        <translation>Conexión con %1 cerrada desde esta consola.</translation>
    </message>
    <message>
        <source>Connection closed by %1.</source>
        <translation>Conexión cerrada por %1.</translation>
    </message>
    <message>
        <source>No scenario is running: there is nothing to connect to.</source>
        <translation>No hay ningún escenario en marcha: no hay nada a lo que conectarse.</translation>
    </message>
    <message>
        <source>The same from a real terminal: %1</source>
        <translation>Lo mismo desde un terminal real: %1</translation>
    </message>
    <message>
        <source>The message: headers, an empty line, the body; a line with only "." ends it</source>
        <translation>El mensaje: cabeceras, una línea vacía y el cuerpo; una línea con solo "." lo termina</translation>
    </message>
    <message>
        <source>An SMTP command, e.g. HELO cliente.fr, then Enter</source>
        <translation>Un comando SMTP, p. ej. HELO cliente.fr, y después Intro</translation>
    </message>
    <message>
        <source>A POP3 command, e.g. USER fran, then Enter</source>
        <translation>Un comando POP3, p. ej. USER fran, y después Intro</translation>
    </message>
    <message>
        <source>Waiting for a scenario.</source>
        <translation>Esperando un escenario.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected. Choose a service and press Connect.</source>
        <translation>Sin conexión. Hay que elegir un servicio y pulsar Conectar.</translation>
    </message>
    <message numerus="yes">
        <source>Step mode: %n line(s) wait at the gate. Press Step to send the next one.</source>
        <translation>
            <numerusform>Modo paso a paso: %n línea espera en la barrera. Con Paso se envía la siguiente.</numerusform>
            <numerusform>Modo paso a paso: %n líneas esperan en la barrera. Con Paso se envía la siguiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step mode: each line you type waits at the gate until Step.</source>
        <translation>Modo paso a paso: cada línea escrita espera en la barrera hasta pulsar Paso.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
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
        <translation>Todos los servicios de todos los equipos: equipo, servicio, dirección:puerto</translation>
    </message>
    <message>
        <source>S: what the server says; C: what you typed</source>
        <translation>S: lo que dice el servidor; C: lo que se ha escrito</translation>
    </message>
    <message>
        <source>%1 (%2, a real server)</source>
        <translation>%1 (%2, un servidor real)</translation>
    </message>
    <message>
        <source>Usage: telnet HOST PORT, for example telnet servidor.edu 25.</source>
        <translation>Uso: telnet MÁQUINA PUERTO, por ejemplo telnet servidor.edu 25.</translation>
    </message>
    <message>
        <source>No host %1 in this scenario.</source>
        <translation>No hay ninguna máquina %1 en este escenario.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 of %2 (netstat -tl lists what does).</source>
        <translation>Nada escucha en el puerto %1 de %2 (netstat -tl lista lo que escucha).</translation>
    </message>
    <message>
        <source>Not connected: here netstat -tl, netstat -tln, ss -tl, ss -tln and telnet HOST PORT run; to type SMTP, POP3 or IMAP choose a service and press Connect, or type telnet servidor.edu 25.</source>
        <translation>Sin conexión: aquí funcionan netstat -tl, netstat -tln, ss -tl, ss -tln y telnet MÁQUINA PUERTO; para escribir SMTP, POP3 o IMAP elige un servicio y pulsa Conectar, o escribe telnet servidor.edu 25.</translation>
    </message>
    <message>
        <source>netstat -tl, ss -tl or telnet HOST PORT, then Enter; or choose a service and Connect</source>
        <translation>netstat -tl, ss -tl o telnet MÁQUINA PUERTO, y luego Intro; o elige un servicio y Conectar</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Hint %1: %2</source>
        <translation>Pista %1: %2</translation>
    </message>
    <message>
        <source>Type in the console below (or in a real telnet) until every check has a ✓.</source>
        <translation>Escribe en la consola de aquí abajo (o en un telnet de verdad) hasta que todas las comprobaciones tengan un ✓.</translation>
    </message>
    <message>
        <source>Exercise done!</source>
        <translation>¡Ejercicio hecho!</translation>
    </message>
    <message>
        <source>Exercise not done.</source>
        <translation>Ejercicio sin hacer.</translation>
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
        <translation>No hay más pistas</translation>
    </message>
    <message>
        <source>Show the solution</source>
        <translation>Mostrar la solución</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Here %1 listens for %2 (port %3 in the course) on %4 port %5: telnet %4 %5</source>
        <translation>Aquí %1 escucha %2 (el puerto %3 del curso) en %4, puerto %5: telnet %4 %5</translation>
    </message>
    <message>
        <source>Here %1 listens for %2 on %3 port %4: telnet %3 %4</source>
        <translation>Aquí %1 escucha %2 en %3, puerto %4: telnet %3 %4</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <source>LIST marks the folders kept for sent mail, drafts, rubbish and so on, whatever their names in each language.</source>
        <translation>LIST marca las carpetas reservadas para el correo enviado, los borradores, la papelera, etc., sean cuales sean sus nombres en cada idioma.</translation>
    </message>
    <message>
        <source>SPECIAL-USE: Sent, Drafts, Trash…</source>
        <translation>SPECIAL-USE: Enviados, Borradores, Papelera…</translation>
    </message>
    <message>
        <source>After APPEND, COPY or MOVE the server says which UIDs the messages got, so the client need not search for them.</source>
        <translation>Después de APPEND, COPY o MOVE el servidor dice qué UID recibieron los mensajes, así que el cliente no tiene que buscarlos.</translation>
    </message>
    <message>
        <source>UIDPLUS: the new messages' UIDs</source>
        <translation>UIDPLUS: los UID de los mensajes nuevos</translation>
    </message>
    <message>
        <source>The client may move messages to another folder in one command.</source>
        <translation>El cliente puede mover mensajes a otra carpeta con una sola orden.</translation>
    </message>
    <message>
        <source>MOVE: move messages between folders</source>
        <translation>MOVE: mover mensajes entre carpetas</translation>
    </message>
    <message>
        <source>A SASL mechanism the AUTHENTICATE command accepts: PLAIN sends the user and password (in base64, so readable unless the connection is encrypted). Dovecot's auth_mechanisms in dovecot.conf lists them.</source>
        <translation>Un mecanismo SASL que acepta la orden AUTHENTICATE: PLAIN envía el usuario y la contraseña (en base64, legibles por tanto si la conexión no va cifrada). auth_mechanisms en dovecot.conf los lista en Dovecot.</translation>
    </message>
    <message>
        <source>AUTH=…: a way of logging in</source>
        <translation>AUTH=…: una forma de identificarse</translation>
    </message>
    <message>
        <source>At log-in the server may tell the client that its mailbox lives on another server, and where.</source>
        <translation>Al identificarse, el servidor puede decirle al cliente que su buzón está en otro servidor, y en cuál.</translation>
    </message>
    <message>
        <source>LOGIN-REFERRALS: "log in elsewhere"</source>
        <translation>LOGIN-REFERRALS: "identifícate en otro sitio"</translation>
    </message>
    <message>
        <source>Some extensions change the server's answers, so the client turns them on first with ENABLE (for example ENABLE CONDSTORE).</source>
        <translation>Algunas extensiones cambian las respuestas del servidor, así que el cliente las activa primero con ENABLE (por ejemplo ENABLE CONDSTORE).</translation>
    </message>
    <message>
        <source>ENABLE: switch extensions on</source>
        <translation>ENABLE: activar extensiones</translation>
    </message>
    <message>
        <source>With the ID command each side may say which program it is (Thunderbird, Dovecot…), for logs and statistics.</source>
        <translation>Con la orden ID cada parte puede decir qué programa es (Thunderbird, Dovecot…), para registros y estadísticas.</translation>
    </message>
    <message>
        <source>ID: client and server may name themselves</source>
        <translation>ID: cliente y servidor pueden decir quiénes son</translation>
    </message>
    <message>
        <source>The client may send a literal {n+} without waiting for the server's "+" continuation.</source>
        <translation>El cliente puede enviar un literal {n+} sin esperar la continuación "+" del servidor.</translation>
    </message>
    <message>
        <source>LITERAL+: no waiting before long texts</source>
        <translation>LITERAL+: sin esperar antes de los textos largos</translation>
    </message>
    <message>
        <source>With AUTHENTICATE the client may send its credentials on the same line, without waiting for the server's empty challenge.</source>
        <translation>Con AUTHENTICATE el cliente puede enviar sus credenciales en la misma línea, sin esperar el desafío vacío del servidor.</translation>
    </message>
    <message>
        <source>SASL-IR: log in in one line</source>
        <translation>SASL-IR: identificarse en una línea</translation>
    </message>
    <message>
        <source>The client may say IDLE and wait: the server tells it at once when new mail arrives, instead of the client asking every few minutes.</source>
        <translation>El cliente puede decir IDLE y esperar: el servidor le avisa al momento cuando llega correo nuevo, en vez de preguntar el cliente cada pocos minutos.</translation>
    </message>
    <message>
        <source>IDLE: news without asking</source>
        <translation>IDLE: novedades sin preguntar</translation>
    </message>
    <message>
        <source>The server speaks IMAP version 4, revision 1 (RFC 3501): every IMAP server says it first.</source>
        <translation>El servidor habla IMAP versión 4, revisión 1 (RFC 3501): todo servidor IMAP lo dice primero.</translation>
    </message>
    <message>
        <source>IMAP4rev1: the protocol's version</source>
        <translation>IMAP4rev1: la versión del protocolo</translation>
    </message>
    <message>
        <source>Dovecot greets IMAP clients with "* OK [CAPABILITY …] Dovecot (Debian) ready." once it serves imap (protocols in dovecot.conf): the list of what it can do comes with the greeting, so the client need not ask CAPABILITY. It is what a telnet to port 143 shows just after installing dovecot-imapd.</source>
        <translation>Dovecot saluda a los clientes IMAP con "* OK [CAPABILITY …] Dovecot (Debian) ready." cuando sirve imap (protocols en dovecot.conf): la lista de lo que sabe hacer viene con el saludo, así que el cliente no necesita preguntar CAPABILITY. Es lo que muestra un telnet al puerto 143 justo después de instalar dovecot-imapd.</translation>
    </message>
    <message>
        <source>Dovecot's IMAP greeting</source>
        <translation>El saludo IMAP de Dovecot</translation>
    </message>
    <message>
        <source>Postfix has taken the message into its queue under this identifier, and from now on it is Postfix's job to deliver it. The same identifier is on every line of the mail log (/var/log/mail.log) about this message: the place to look when it does not arrive.</source>
        <translation>Postfix ha tomado el mensaje en su cola con este identificador, y desde ahora entregarlo es trabajo de Postfix. El mismo identificador está en cada línea del registro de correo (/var/log/mail.log) sobre este mensaje: el sitio donde mirar cuando no llega.</translation>
    </message>
    <message>
        <source>Postfix: queued as… (the queue id)</source>
        <translation>Postfix: queued as… (el identificador en la cola)</translation>
    </message>
    <message>
        <source>A server that keeps mail for a domain while that domain's server is away can be asked with ETRN to try delivering it now. Postfix offers it by default.</source>
        <translation>A un servidor que guarda correo para un dominio mientras el servidor de ese dominio no está se le puede pedir con ETRN que intente entregarlo ahora. Postfix lo ofrece por defecto.</translation>
    </message>
    <message>
        <source>ETRN: send me my queued mail</source>
        <translation>ETRN: envíame mi correo en cola</translation>
    </message>
    <message>
        <source>The client may ask whether an address exists with VRFY, without sending mail. Postfix offers it unless disable_vrfy_command = yes, which many servers set so that spammers cannot guess their users.</source>
        <translation>El cliente puede preguntar con VRFY si existe una dirección, sin enviar correo. Postfix lo ofrece salvo con disable_vrfy_command = yes, que ponen muchos servidores para que los spammers no adivinen sus usuarios.</translation>
    </message>
    <message>
        <source>VRFY: addresses can be checked</source>
        <translation>VRFY: se pueden comprobar direcciones</translation>
    </message>
    <message>
        <source>Dovecot greets POP3 clients with "+OK Dovecot (Debian) ready." once it serves pop3 (protocols in dovecot.conf). It is what a telnet to port 110 shows just after installing dovecot-pop3d.</source>
        <translation>Dovecot saluda a los clientes POP3 con "+OK Dovecot (Debian) ready." cuando sirve pop3 (protocols en dovecot.conf). Es lo que muestra un telnet al puerto 110 justo después de instalar dovecot-pop3d.</translation>
    </message>
    <message>
        <source>Dovecot's greeting</source>
        <translation>El saludo de Dovecot</translation>
    </message>
    <message>
        <source>Postfix greets with smtpd_banner, on Debian "$myhostname ESMTP $mail_name (Debian/GNU)": the host name from main.cf (myhostname), the word ESMTP (it understands EHLO) and the program. It is what a telnet to port 25 shows just after installing Postfix.</source>
        <translation>Postfix saluda con smtpd_banner, en Debian "$myhostname ESMTP $mail_name (Debian/GNU)": el nombre del host de main.cf (myhostname), la palabra ESMTP (entiende EHLO) y el programa. Es lo que muestra un telnet al puerto 25 justo después de instalar Postfix.</translation>
    </message>
    <message>
        <source>Postfix's greeting</source>
        <translation>El saludo de Postfix</translation>
    </message>
    <message>
        <source>The domain is one this server takes mail for (mydestination), but no account has that name (local_recipient_maps: the system's users and aliases). The client hears it at RCPT, before any message is sent.</source>
        <translation>El dominio es uno de los que este servidor acepta (mydestination), pero ninguna cuenta tiene ese nombre (local_recipient_maps: los usuarios y alias del sistema). El cliente lo sabe en RCPT, antes de enviar ningún mensaje.</translation>
    </message>
    <message>
        <source>Postfix: no such local user</source>
        <translation>Postfix: no existe ese usuario local</translation>
    </message>
    <message>
        <source>The DNS says the mail exchanger (MX) of the recipient's domain is this very server, yet the domain is not in its mydestination, so the server took the message for relaying. Sending it on would send it to itself without end, so Postfix bounces it. The usual cause: the domain (the system mail name) is missing from mydestination.</source>
        <translation>El DNS dice que el servidor de correo (MX) del dominio del destinatario es este mismo servidor, pero el dominio no está en su mydestination, así que el servidor tomó el mensaje para reenviarlo. Enviarlo adelante lo mandaría a sí mismo sin fin, así que Postfix lo devuelve. La causa habitual: falta el dominio (el nombre de correo del sistema) en mydestination.</translation>
    </message>
    <message>
        <source>Postfix: mail loops back to myself</source>
        <translation>Postfix: el correo vuelve a mí mismo</translation>
    </message>
    <message>
        <source>The recipient's domain is not one this server takes mail for (it is not in mydestination), and the client is neither in mynetworks nor authenticated. Passing the message on to another server would make this an open relay, which spammers use, so Postfix refuses (reject_unauth_destination). If the domain should be local, add it to mydestination; if the client is one of yours, it should log in (AUTH) or its network go in mynetworks.</source>
        <translation>El dominio del destinatario no es uno de los que este servidor acepta (no está en mydestination), y el cliente ni está en mynetworks ni se autenticó. Pasarle el mensaje a otro servidor haría de este un relé abierto, de los que usan los que mandan spam, así que Postfix se niega (reject_unauth_destination). Si el dominio debería ser local, añádelo a mydestination; si el cliente es de los tuyos, que se autentique (AUTH) o que su red vaya en mynetworks.</translation>
    </message>
    <message>
        <source>Postfix: relay access denied</source>
        <translation>Postfix: reenvío denegado (relay access denied)</translation>
    </message>
    <message>
        <source>The server's main.cf (Postfix) or dovecot.conf (Dovecot) changed, as after dpkg-reconfigure postfix or editing the file and restarting: the settings named here hold from now on, and the ports it listens on follow (netstat -tl).</source>
        <translation>Cambió el main.cf (Postfix) o el dovecot.conf (Dovecot) del servidor, como después de dpkg-reconfigure postfix o de editar el fichero y reiniciar: las opciones nombradas aquí valen desde ahora, y los puertos en los que escucha siguen la configuración (netstat -tl).</translation>
    </message>
    <message>
        <source>The server's configuration changes</source>
        <translation>Cambia la configuración del servidor</translation>
    </message>
    <message>
        <source>With relayhost set ("Internet with smarthost" or "Satellite system"), the server does not look up the recipient domain's MX: it gives every message for another domain to that host, the smarthost, which delivers it.</source>
        <translation>Con relayhost puesto ("Internet con smarthost" o "Sistema satélite"), el servidor no busca el MX del dominio del destinatario: le da cada mensaje para otro dominio a ese host, el smarthost, que es quien lo entrega.</translation>
    </message>
    <message>
        <source>Postfix: through the relayhost</source>
        <translation>Postfix: a través del relayhost</translation>
    </message>
    <message>
        <source>With inet_interfaces = loopback-only (Postfix's "Local only") or listen = 127.0.0.1 (Dovecot), the server listens only on the machine's own loopback address. Other machines reach none of its ports: their connection is refused, and a sending server keeps the message in its queue and tries again later. Only the machine itself (a telnet localhost 25) gets through.</source>
        <translation>Con inet_interfaces = loopback-only (el "Solo local" de Postfix) o listen = 127.0.0.1 (Dovecot), el servidor solo escucha en la dirección de loopback de la propia máquina. Las otras máquinas no llegan a ninguno de sus puertos: su conexión es rechazada, y un servidor que envía guarda el mensaje en la cola y vuelve a intentarlo más tarde. Solo la propia máquina (un telnet localhost 25) consigue entrar.</translation>
    </message>
    <message>
        <source>A server that listens on loopback only</source>
        <translation>Un servidor que solo escucha en el loopback</translation>
    </message>
    <message>
        <source>To deliver the message, the server asked the DNS for the MX of the recipient's domain and got its own name. A domain whose MX is this server should be in mydestination (the mail name chosen when installing Postfix goes there); since it is not, delivering it would only send the message back to itself. Postfix bounces it with "mail for … loops back to myself" (5.4.6).</source>
        <translation>Para entregar el mensaje, el servidor preguntó al DNS por el MX del dominio del destinatario y obtuvo su propio nombre. Un dominio cuyo MX es este servidor debería estar en mydestination (allí va el nombre de correo elegido al instalar Postfix); como no está, entregarlo solo lo mandaría de vuelta a sí mismo. Postfix lo devuelve con "mail for … loops back to myself" (5.4.6).</translation>
    </message>
    <message>
        <source>Postfix: mail for the domain loops back to myself</source>
        <translation>Postfix: el correo para el dominio vuelve a mí mismo (loops back to myself)</translation>
    </message>
    <message>
        <source>The client answers the server's challenge with a line of base64: the user name, the password, or both. Base64 hides nothing, but this line is inside TLS: on the wire it is an encrypted record. A line with only "*" cancels the login.</source>
        <translation>El cliente responde al desafío del servidor con una línea en base64: el nombre de usuario, la contraseña o ambos. Base64 no oculta nada, pero esta línea va dentro de TLS: en el cable es un registro cifrado. Una línea con solo "*" cancela el acceso.</translation>
    </message>
    <message>
        <source>With PLAIN, the user name and the password go in base64 after the server's "+". Base64 is not encryption, but TLS is: anyone watching the network sees only encrypted records.</source>
        <translation>Con PLAIN, el nombre de usuario y la contraseña van en base64 después del "+" del servidor. Base64 no es cifrado, pero TLS sí: quien esté mirando la red solo ve registros cifrados.</translation>
    </message>
    <message>
        <source>The client logs in with a user name and a password. This connection is inside TLS, so on the wire they are an encrypted record: only the server reads them. If they are right the session goes from the not authenticated state to the authenticated state.</source>
        <translation>El cliente accede con un nombre de usuario y una contraseña. Esta conexión va dentro de TLS, así que en el cable son un registro cifrado: solo el servidor los lee. Si son correctos, la sesión pasa del estado no autenticado al autenticado.</translation>
    </message>
    <message>
        <source>Right after USER, the client sends the password. This connection is inside TLS, so on the wire the password is an encrypted record: only the server reads it. If it is right, the server answers +OK, locks the mailbox, and the session enters the TRANSACTION state.</source>
        <translation>Justo después de USER, el cliente envía la contraseña. Esta conexión va dentro de TLS, así que en el cable la contraseña es un registro cifrado: solo el servidor la lee. Si es correcta, el servidor responde +OK, bloquea el buzón y la sesión entra en el estado TRANSACTION.</translation>
    </message>
    <message>
        <source>This line crossed the network inside TLS records. The two ends read it as it is shown here; anyone watching the network sees only the record that carried it: a header and encrypted octets.</source>
        <translation>Esta línea cruzó la red dentro de registros TLS. Los dos extremos la leen tal como se muestra aquí; quien esté mirando la red solo ve el registro que la llevó: una cabecera y octetos cifrados.</translation>
    </message>
    <message>
        <source>Inside TLS: encrypted on the wire</source>
        <translation>Dentro de TLS: cifrada en el cable</translation>
    </message>
    <message>
        <source>The client's answer to the login challenge</source>
        <translation>La respuesta del cliente al desafío de acceso</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>HTTP requests and responses</source>
        <translation>Peticiones y respuestas HTTP</translation>
    </message>
    <message>
        <source>The content of the message: a page's HTML, a form's fields, a file. It may be binary; its length is given by Content-Length.</source>
        <translation>El contenido del mensaje: el HTML de una página, los campos de un formulario, un fichero. Puede ser binario; su longitud la da Content-Length.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>The header section is over. What follows, if anything, is the body: exactly as many octets as Content-Length says.</source>
        <translation>La sección de cabecera terminó. Lo que sigue, si hay algo, es el cuerpo: exactamente tantos octetos como dice Content-Length.</translation>
    </message>
    <message>
        <source>Empty line: end of the header fields</source>
        <translation>Línea vacía: fin de los campos de cabecera</translation>
    </message>
    <message>
        <source>A name, a colon and a value: information about the message or about the resource. Names are case-insensitive; the header section ends with an empty line.</source>
        <translation>Un nombre, dos puntos y un valor: información sobre el mensaje o sobre el recurso. Los nombres no distinguen mayúsculas; la sección de cabecera termina con una línea vacía.</translation>
    </message>
    <message>
        <source>Header field</source>
        <translation>Campo de cabecera</translation>
    </message>
    <message>
        <source>In HTTP/1.1 a connection stays open for further requests unless one side says "Connection: close": then it closes after this response. HTTP/1.0 closed after each response unless "keep-alive" was asked.</source>
        <translation>En HTTP/1.1 una conexión sigue abierta para más peticiones salvo que un lado diga "Connection: close": entonces se cierra después de esta respuesta. HTTP/1.0 cerraba después de cada respuesta salvo que se pidiera "keep-alive".</translation>
    </message>
    <message>
        <source>Connection: keep it open or close it</source>
        <translation>Connection: mantenerla abierta o cerrarla</translation>
    </message>
    <message>
        <source>In a redirection (302, 303) the address the browser must ask for next.</source>
        <translation>En una redirección (302, 303), la dirección que el navegador tiene que pedir a continuación.</translation>
    </message>
    <message>
        <source>Location: where to go</source>
        <translation>Location: adónde ir</translation>
    </message>
    <message>
        <source>The body's size in octets. It is how the reader knows where the body ends and the next message begins on a connection that stays open: there is no "." line as in SMTP.</source>
        <translation>El tamaño del cuerpo en octetos. Es como el lector sabe dónde termina el cuerpo y dónde empieza el siguiente mensaje en una conexión que sigue abierta: no hay una línea "." como en SMTP.</translation>
    </message>
    <message>
        <source>Content-Length: how many octets the body has</source>
        <translation>Content-Length: cuántos octetos tiene el cuerpo</translation>
    </message>
    <message>
        <source>The media type of the body, as in MIME: text/html for a page, image/png, application/x-www-form-urlencoded for a form, with its charset when it is text.</source>
        <translation>El tipo de medio del cuerpo, como en MIME: text/html para una página, image/png, application/x-www-form-urlencoded para un formulario, con su charset cuando es texto.</translation>
    </message>
    <message>
        <source>Content-Type: what the body is</source>
        <translation>Content-Type: qué es el cuerpo</translation>
    </message>
    <message>
        <source>The server asks the browser to keep a name=value pair and send it back in every request to this site (the Cookie field). A session cookie is as good as the password while it lasts: HttpOnly hides it from scripts, Secure keeps it inside HTTPS.</source>
        <translation>El servidor le pide al navegador que guarde un par nombre=valor y se lo devuelva en cada petición a este sitio (el campo Cookie). Una cookie de sesión vale tanto como la contraseña mientras dura: HttpOnly la oculta de los scripts, Secure la mantiene dentro de HTTPS.</translation>
    </message>
    <message>
        <source>Set-Cookie: remember this</source>
        <translation>Set-Cookie: recuerda esto</translation>
    </message>
    <message>
        <source>The browser sends back the cookies the server set before (name=value). HTTP keeps no memory between requests: this is how the server knows it is the same session, after logging in.</source>
        <translation>El navegador devuelve las cookies que el servidor fijó antes (nombre=valor). HTTP no guarda memoria entre peticiones: así es como el servidor sabe que es la misma sesión, después de iniciarla.</translation>
    </message>
    <message>
        <source>Cookie: what the server asked to be given back</source>
        <translation>Cookie: lo que el servidor pidió que se le devolviera</translation>
    </message>
    <message>
        <source>The name of the site the browser asks (as typed in the address). One machine may serve many sites on one address; Host tells them apart. HTTP/1.1 requires it.</source>
        <translation>El nombre del sitio que pide el navegador (como se escribió en la dirección). Una máquina puede servir muchos sitios en una dirección; Host los distingue. HTTP/1.1 lo exige.</translation>
    </message>
    <message>
        <source>Host: which site</source>
        <translation>Host: qué sitio</translation>
    </message>
    <message>
        <source>The server does not know this method (or this transfer coding) at all, for any resource.</source>
        <translation>El servidor no conoce este método (o esta codificación de transferencia) en absoluto, para ningún recurso.</translation>
    </message>
    <message>
        <source>501 Not Implemented</source>
        <translation>501 Not Implemented</translation>
    </message>
    <message>
        <source>Something went wrong inside the server while it handled a request that was fine. The fault is the server's, not the client's.</source>
        <translation>Algo falló dentro del servidor mientras atendía una petición que estaba bien. La culpa es del servidor, no del cliente.</translation>
    </message>
    <message>
        <source>500 Internal Server Error</source>
        <translation>500 Internal Server Error</translation>
    </message>
    <message>
        <source>Too many header fields, or too many octets of them (a huge Cookie, for instance). The server refuses the request and closes the connection.</source>
        <translation>Demasiados campos de cabecera, o demasiados octetos en ellos (una Cookie enorme, por ejemplo). El servidor rechaza la petición y cierra la conexión.</translation>
    </message>
    <message>
        <source>431 Request Header Fields Too Large</source>
        <translation>431 Request Header Fields Too Large</translation>
    </message>
    <message>
        <source>The request line is longer than the server is prepared to read. A server must set such limits, or anyone could fill its memory.</source>
        <translation>La línea de petición es más larga de lo que el servidor está dispuesto a leer. Un servidor tiene que poner tales límites, o cualquiera podría llenarle la memoria.</translation>
    </message>
    <message>
        <source>414 URI Too Long: the target is too long</source>
        <translation>414 URI Too Long: el destino es demasiado largo</translation>
    </message>
    <message>
        <source>The body announced by Content-Length is larger than the server accepts. It refuses before reading a single octet of it, and closes the connection.</source>
        <translation>El cuerpo que anuncia Content-Length es mayor de lo que acepta el servidor. Lo rechaza antes de leer un solo octeto de él, y cierra la conexión.</translation>
    </message>
    <message>
        <source>413 Content Too Large: the body is too big</source>
        <translation>413 Content Too Large: el cuerpo es demasiado grande</translation>
    </message>
    <message>
        <source>The server knows the method but does not allow it here. The Allow field lists the methods it does allow.</source>
        <translation>El servidor conoce el método pero no lo permite aquí. El campo Allow enumera los métodos que sí permite.</translation>
    </message>
    <message>
        <source>405 Method Not Allowed</source>
        <translation>405 Method Not Allowed</translation>
    </message>
    <message>
        <source>The server has nothing at this target (a mistyped path, a deleted page).</source>
        <translation>El servidor no tiene nada en este destino (una ruta mal escrita, una página borrada).</translation>
    </message>
    <message>
        <source>404 Not Found: nothing here</source>
        <translation>404 Not Found: aquí no hay nada</translation>
    </message>
    <message>
        <source>The server understood the request and refuses it: who asks is known, but may not have this. Logging in again does not help.</source>
        <translation>El servidor entendió la petición y la rechaza: se sabe quién pide, pero no puede tener esto. Iniciar sesión otra vez no ayuda.</translation>
    </message>
    <message>
        <source>403 Forbidden: not for you</source>
        <translation>403 Forbidden: no es para ti</translation>
    </message>
    <message>
        <source>The resource needs credentials the request did not carry, or carried wrong. The response says how to authenticate (WWW-Authenticate).</source>
        <translation>El recurso necesita credenciales que la petición no llevaba, o llevaba mal. La respuesta dice cómo autenticarse (WWW-Authenticate).</translation>
    </message>
    <message>
        <source>401 Unauthorized: log in first</source>
        <translation>401 Unauthorized: inicia sesión primero</translation>
    </message>
    <message>
        <source>The server could not read the request: a malformed request line, a header field folded onto the next line, a missing Host… It cannot trust where the next request would start, so it closes the connection.</source>
        <translation>El servidor no pudo leer la petición: una línea de petición mal formada, un campo de cabecera plegado en la línea siguiente, falta Host… Ya no puede fiarse de dónde empezaría la siguiente petición, así que cierra la conexión.</translation>
    </message>
    <message>
        <source>400 Bad Request: not well-formed</source>
        <translation>400 Bad Request: mal formada</translation>
    </message>
    <message>
        <source>The usual answer to a form sent with POST: the work is done, and the browser is sent with a GET to the page in Location. Reloading that page does not send the form again.</source>
        <translation>La respuesta habitual a un formulario enviado con POST: el trabajo está hecho, y el navegador va con un GET a la página de Location. Recargar esa página no envía el formulario otra vez.</translation>
    </message>
    <message>
        <source>303 See Other: go and GET this page</source>
        <translation>303 See Other: ve y pide esta página con GET</translation>
    </message>
    <message>
        <source>The resource is temporarily at the address in the Location field. The browser asks for that address at once, on its own.</source>
        <translation>El recurso está temporalmente en la dirección del campo Location. El navegador pide esa dirección de inmediato, por sí solo.</translation>
    </message>
    <message>
        <source>302 Found: it is elsewhere for now</source>
        <translation>302 Found: por ahora está en otro sitio</translation>
    </message>
    <message>
        <source>The request succeeded. For a GET the body is the page asked for; Content-Type says what it is and Content-Length how many octets it has.</source>
        <translation>La petición salió bien. Para un GET el cuerpo es la página pedida; Content-Type dice qué es y Content-Length cuántos octetos tiene.</translation>
    </message>
    <message>
        <source>200 OK: here it is</source>
        <translation>200 OK: aquí lo tienes</translation>
    </message>
    <message>
        <source>The client said "Expect: 100-continue" and waited before sending a large body. The server has read the header fields and agrees: the body may come. The final response follows later.</source>
        <translation>El cliente dijo "Expect: 100-continue" y esperó antes de enviar un cuerpo grande. El servidor leyó los campos de cabecera y está de acuerdo: el cuerpo puede venir. La respuesta final llega después.</translation>
    </message>
    <message>
        <source>100 Continue: send the body</source>
        <translation>100 Continue: envía el cuerpo</translation>
    </message>
    <message>
        <source>A response starts with the protocol version, a three-digit status code and a short reason for people. The first digit is the class: 1 information, 2 success, 3 redirection, 4 the client's error, 5 the server's error.</source>
        <translation>Una respuesta empieza con la versión del protocolo, un código de estado de tres cifras y un motivo breve para las personas. La primera cifra es la clase: 1 información, 2 éxito, 3 redirección, 4 error del cliente, 5 error del servidor.</translation>
    </message>
    <message>
        <source>Status line: version, code and reason</source>
        <translation>Línea de estado: versión, código y motivo</translation>
    </message>
    <message>
        <source>The request carries a body (a filled-in form, an uploaded file) for the server to process: logging in, sending a message. Its length is given by Content-Length.</source>
        <translation>La petición lleva un cuerpo (un formulario rellenado, un fichero subido) para que lo procese el servidor: iniciar sesión, enviar un mensaje. Su longitud la da Content-Length.</translation>
    </message>
    <message>
        <source>POST: send data to the server</source>
        <translation>POST: enviar datos al servidor</translation>
    </message>
    <message>
        <source>Like GET, but the server sends only the status line and the header fields, not the body: enough to learn a resource's type and size.</source>
        <translation>Como GET, pero el servidor envía solo la línea de estado y los campos de cabecera, no el cuerpo: basta para saber el tipo y el tamaño de un recurso.</translation>
    </message>
    <message>
        <source>HEAD: only the header fields</source>
        <translation>HEAD: solo los campos de cabecera</translation>
    </message>
    <message>
        <source>The browser asks for the page (or image, or file) named by the target. GET only reads: it must not change anything on the server, so a browser may repeat it.</source>
        <translation>El navegador pide la página (o imagen, o fichero) que nombra el destino. GET solo lee: no debe cambiar nada en el servidor, así que un navegador puede repetirlo.</translation>
    </message>
    <message>
        <source>GET: ask for a resource</source>
        <translation>GET: pedir un recurso</translation>
    </message>
    <message>
        <source>An HTTP request starts with one line: the method (what to do), the target (which resource, a path such as /inbox with perhaps a ?query) and the protocol version, separated by single spaces. Header fields follow, one per line, then an empty line.</source>
        <translation>Una petición HTTP empieza con una línea: el método (qué hacer), el destino (qué recurso, una ruta como /inbox, quizá con una ?consulta) y la versión del protocolo, separados por un solo espacio. Después vienen los campos de cabecera, uno por línea, y una línea vacía.</translation>
    </message>
    <message>
        <source>Request line: method, target and version</source>
        <translation>Línea de petición: método, destino y versión</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Salida</translation>
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
        <translation>Sin autenticar</translation>
    </message>
    <message>
        <source>Logout state</source>
        <translation>Estado de salida (logout)</translation>
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
        <translation>Estado no autenticado (not authenticated)</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>RFC 5321 (2008) replaced RFC 2821 (2001), the SMTP standard the course names, which had replaced RFC 821 (1982): the dialogue is the same.</source>
        <translation>El RFC 5321 (2008) sustituyó al RFC 2821 (2001), el estándar de SMTP que nombra el curso, que había sustituido al RFC 821 (1982): el diálogo es el mismo.</translation>
    </message>
    <message>
        <source>RFC 5322 (2008) replaced RFC 2822 (2001), which had replaced RFC 822 (1982), the message format the course names: header fields, a blank line, the body.</source>
        <translation>El RFC 5322 (2008) sustituyó al RFC 2822 (2001), que había sustituido al RFC 822 (1982), el formato de mensaje que nombra el curso: campos de cabecera, una línea en blanco, el cuerpo.</translation>
    </message>
    <message>
        <source>RFC 3501 (IMAP4rev1, 2003) replaced RFC 2060, which had replaced RFC 1730, the IMAP the course names; RFC 9051 (2021) is IMAP4rev2.</source>
        <translation>El RFC 3501 (IMAP4rev1, 2003) sustituyó al RFC 2060, que había sustituido al RFC 1730, el IMAP que nombra el curso; el RFC 9051 (2021) es IMAP4rev2.</translation>
    </message>
    <message>
        <source>Sent before the reply to %1 came back (pipelining)</source>
        <translation>Enviado antes de que llegara la respuesta a %1 (pipelining)</translation>
    </message>
    <message>
        <source>The server offered PIPELINING in its EHLO reply, so this client sends MAIL, RCPT and DATA in one go and then reads the replies, which come in the same order as the commands. The course's dialogue, with HELO, waits for each reply before the next command: look at the connection between the two servers.</source>
        <translation>El servidor ofreció PIPELINING en su respuesta al EHLO, así que este cliente envía MAIL, RCPT y DATA de una vez y después lee las respuestas, que llegan en el mismo orden que los comandos. El diálogo del curso, con HELO, espera cada respuesta antes del siguiente comando: mirad la conexión entre los dos servidores.</translation>
    </message>
    <message>
        <source>HELO: the client says hello and gives its name</source>
        <translation>HELO: el cliente saluda y da su nombre</translation>
    </message>
    <message>
        <source>The client introduces itself with its domain name. This is the opening (handshake) phase: after the server's 220 greeting, nothing else can happen until the client has said HELO or EHLO. The server answers 250, and then the mail transfer phase can begin.</source>
        <translation>El cliente se presenta con su nombre de dominio. Esta es la fase de apertura (handshake): después del saludo 220 del servidor, no puede pasar nada más hasta que el cliente haya dicho HELO o EHLO. El servidor responde 250 y entonces puede empezar la fase de transferencia del correo.</translation>
    </message>
    <message>
        <source>EHLO: extended hello, asking for the server's extensions</source>
        <translation>EHLO: saludo extendido, que pide las extensiones del servidor</translation>
    </message>
    <message>
        <source>Like HELO, the client introduces itself, but EHLO also asks which extensions the server offers. The server answers with a reply of several 250 lines, one per extension (PIPELINING, SIZE, AUTH…). This is still the opening (handshake) phase.</source>
        <translation>Como con HELO, el cliente se presenta, pero EHLO además pregunta qué extensiones ofrece el servidor. El servidor contesta con una respuesta de varias líneas 250, una por extensión (PIPELINING, SIZE, AUTH…). Seguimos en la fase de apertura (handshake).</translation>
    </message>
    <message>
        <source>MAIL FROM: the sender of the envelope</source>
        <translation>MAIL FROM: el remitente del sobre</translation>
    </message>
    <message>
        <source>The client starts a new message and gives the sender's address, the return address on the envelope. This begins the mail transfer phase. If the mail cannot be delivered later, the error report (a bounce) goes to this address. The server answers 250 if it accepts the sender.</source>
        <translation>El cliente empieza un mensaje nuevo y da la dirección del remitente, la dirección de retorno que figura en el sobre. Con esto empieza la fase de transferencia del correo. Si más adelante el correo no se puede entregar, el informe de error (un aviso de devolución) se envía a esta dirección. El servidor responde 250 si acepta al remitente.</translation>
    </message>
    <message>
        <source>RCPT TO: one recipient of the envelope</source>
        <translation>RCPT TO: un destinatario del sobre</translation>
    </message>
    <message>
        <source>The client names one recipient; it sends one RCPT TO for each recipient. The server answers 250 if it will take mail for that address, or 550 if, for example, the mailbox does not exist. The servers deliver to these envelope addresses, not to the To: line inside the message.</source>
        <translation>El cliente indica un destinatario; envía un RCPT TO por cada destinatario. El servidor responde 250 si acepta correo para esa dirección, o 550 si, por ejemplo, el buzón no existe. Los servidores entregan el correo a estas direcciones del sobre, no a la línea To: que hay dentro del mensaje.</translation>
    </message>
    <message>
        <source>DATA: the message itself comes next</source>
        <translation>DATA: a continuación va el propio mensaje</translation>
    </message>
    <message>
        <source>The client asks to send the message. The server answers 354, and then the client sends the message line by line: first the header (From, To, Subject…), a blank line, then the body. A line with only a dot "." ends the message.</source>
        <translation>El cliente pide enviar el mensaje. El servidor responde 354 y entonces el cliente envía el mensaje línea a línea: primero la cabecera (From, To, Subject…), una línea en blanco y después el cuerpo. Una línea que solo tiene un punto "." termina el mensaje.</translation>
    </message>
    <message>
        <source>RSET: start again</source>
        <translation>RSET: volver a empezar</translation>
    </message>
    <message>
        <source>The client cancels the message it was sending: the sender, the recipients and any data are forgotten. The connection stays open and the server answers 250.</source>
        <translation>El cliente cancela el mensaje que estaba enviando: se olvidan el remitente, los destinatarios y los datos que hubiera. La conexión sigue abierta y el servidor responde 250.</translation>
    </message>
    <message>
        <source>VRFY: does this user exist?</source>
        <translation>VRFY: ¿existe este usuario?</translation>
    </message>
    <message>
        <source>The client asks whether an address exists. Spammers could use this to guess real addresses, so many servers, like this one, answer 252: they neither confirm nor deny, but they will accept mail for it.</source>
        <translation>El cliente pregunta si una dirección existe. Quienes envían spam podrían usarlo para adivinar direcciones reales, así que muchos servidores, como este, responden 252: ni lo confirman ni lo niegan, pero aceptarán correo para esa dirección.</translation>
    </message>
    <message>
        <source>EXPN: expand a mailing list (not offered)</source>
        <translation>EXPN: expandir una lista de correo (no disponible)</translation>
    </message>
    <message>
        <source>EXPN asks the server for the members of a mailing list. Like most servers today, this one does not offer it and answers 502, so that nobody can collect addresses.</source>
        <translation>EXPN pide al servidor los miembros de una lista de correo. Como la mayoría de los servidores actuales, este no lo ofrece y responde 502, para que nadie pueda recopilar direcciones.</translation>
    </message>
    <message>
        <source>HELP: ask for help</source>
        <translation>HELP: pedir ayuda</translation>
    </message>
    <message>
        <source>The client asks the server for help about its commands. The server answers 214 with a short text for a human. It is handy when you talk to a server by hand with telnet.</source>
        <translation>El cliente pide al servidor ayuda sobre sus comandos. El servidor responde 214 con un texto breve pensado para una persona. Resulta útil cuando se habla con un servidor a mano mediante telnet.</translation>
    </message>
    <message>
        <source>NOOP: do nothing</source>
        <translation>NOOP: no hacer nada</translation>
    </message>
    <message>
        <source>The client asks the server to do nothing and just answer 250. It checks that the connection is still alive.</source>
        <translation>El cliente pide al servidor que no haga nada y que solo responda 250. Sirve para comprobar que la conexión sigue activa.</translation>
    </message>
    <message>
        <source>QUIT: goodbye</source>
        <translation>QUIT: adiós</translation>
    </message>
    <message>
        <source>The client ends the session. This is the closing phase: the server answers 221 and closes the TCP connection.</source>
        <translation>El cliente termina la sesión. Esta es la fase de cierre: el servidor responde 221 y cierra la conexión TCP.</translation>
    </message>
    <message>
        <source>AUTH: the client logs in</source>
        <translation>AUTH: el cliente inicia sesión</translation>
    </message>
    <message>
        <source>Before sending mail through its own server (on the submission port, 587), the user's mail client proves who it is with a user name and a password. AUTH belongs to the opening (handshake) phase, after EHLO. The server answers 235 if the login is right and 535 if it is not.</source>
        <translation>Antes de enviar correo a través de su propio servidor (por el puerto de envío, el 587), el cliente de correo del usuario demuestra quién es con un nombre de usuario y una contraseña. AUTH forma parte de la fase de apertura (handshake), después de EHLO. El servidor responde 235 si el inicio de sesión es correcto y 535 si no lo es.</translation>
    </message>
    <message>
        <source>STARTTLS: switch to an encrypted connection (not offered without a certificate)</source>
        <translation>STARTTLS: pasar a una conexión cifrada (no disponible sin certificado)</translation>
    </message>
    <message>
        <source>STARTTLS asks to encrypt the rest of the conversation with TLS, so that passwords and messages cannot be read on the way. A server with a certificate lists STARTTLS in its EHLO reply and answers 220; then the TLS handshake starts, and the client says EHLO again, because everything said before is forgotten. A server without a certificate answers 502.</source>
        <translation>STARTTLS pide cifrar el resto de la conversación con TLS, para que las contraseñas y los mensajes no se puedan leer por el camino. Un servidor con certificado incluye STARTTLS en su respuesta a EHLO y responde 220; entonces empieza la negociación TLS, y el cliente vuelve a decir EHLO, porque todo lo dicho antes se olvida. Un servidor sin certificado responde 502.</translation>
    </message>
    <message>
        <source>BDAT: send the message in pieces (not offered)</source>
        <translation>BDAT: enviar el mensaje por partes (no disponible)</translation>
    </message>
    <message>
        <source>BDAT (the CHUNKING extension) sends the message in pieces of a known size instead of ending it with a dot. This server does not offer it and answers 502: use DATA.</source>
        <translation>BDAT (la extensión CHUNKING) envía el mensaje en partes de tamaño conocido en lugar de terminarlo con un punto. Este servidor no lo ofrece y responde 502: hay que usar DATA.</translation>
    </message>
    <message>
        <source>ETRN: ask for queued mail (not offered)</source>
        <translation>ETRN: pedir el correo que está en cola (no disponible)</translation>
    </message>
    <message>
        <source>ETRN asks a server to send the mail it keeps in its queue for a domain. This server does not offer it and answers 502.</source>
        <translation>ETRN pide a un servidor que envíe el correo que guarda en su cola para un dominio. Este servidor no lo ofrece y responde 502.</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>Comando desconocido</translation>
    </message>
    <message>
        <source>The server does not know this command and answers 500. SMTP commands are words such as HELO, EHLO, MAIL, RCPT, DATA and QUIT (upper or lower case both work). Check the spelling.</source>
        <translation>El servidor no conoce este comando y responde 500. Los comandos SMTP son palabras como HELO, EHLO, MAIL, RCPT, DATA y QUIT (funcionan tanto en mayúsculas como en minúsculas). Conviene revisar cómo está escrito.</translation>
    </message>
    <message>
        <source>An old command (not offered)</source>
        <translation>Un comando antiguo (no disponible)</translation>
    </message>
    <message>
        <source>This command comes from the first version of SMTP and is no longer used. The server knows it but answers 502: command not implemented.</source>
        <translation>Este comando viene de la primera versión de SMTP y ya no se usa. El servidor lo conoce, pero responde 502: comando no implementado.</translation>
    </message>
    <message>
        <source>PLAIN: name and password in one line</source>
        <translation>PLAIN: nombre y contraseña en una sola línea</translation>
    </message>
    <message>
        <source>With PLAIN, the client sends the user name and the password together, encoded in base64. Base64 is only a way of writing bytes, not encryption: anyone who sees this line can decode the password. That is why real servers ask for an encrypted connection (TLS) first.</source>
        <translation>Con PLAIN, el cliente envía juntos el nombre de usuario y la contraseña, codificados en base64. Base64 es solo una forma de escribir bytes, no un cifrado: cualquiera que vea esta línea puede decodificar la contraseña. Por eso los servidores reales piden antes una conexión cifrada (TLS).</translation>
    </message>
    <message>
        <source>LOGIN: name and password one at a time</source>
        <translation>LOGIN: nombre y contraseña, de uno en uno</translation>
    </message>
    <message>
        <source>With LOGIN, the server asks for the user name and then for the password (two 334 replies), and the client answers each one in base64. LOGIN was never made a standard, but many mail clients use it.</source>
        <translation>Con LOGIN, el servidor pide primero el nombre de usuario y después la contraseña (dos respuestas 334), y el cliente contesta a cada una en base64. LOGIN nunca llegó a ser un estándar, pero muchos clientes de correo lo usan.</translation>
    </message>
    <message>
        <source>Answer to the login challenge</source>
        <translation>Respuesta al desafío de inicio de sesión</translation>
    </message>
    <message>
        <source>The client answers the server's 334 challenge with a line of base64: the user name, the password, or both. Anyone can decode base64: it hides nothing. A line with only "*" cancels the login.</source>
        <translation>El cliente responde al desafío 334 del servidor con una línea en base64: el nombre de usuario, la contraseña o ambos. Cualquiera puede decodificar base64: no oculta nada. Una línea que solo tiene "*" cancela el inicio de sesión.</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Inicio de sesión cancelado</translation>
    </message>
    <message>
        <source>A line with only "*" cancels the AUTH exchange. The server answers 501 and the client is still not logged in.</source>
        <translation>Una línea que solo tiene "*" cancela el intercambio AUTH. El servidor responde 501 y el cliente sigue sin haber iniciado sesión.</translation>
    </message>
    <message>
        <source>SIZE=: the size of the message, announced</source>
        <translation>SIZE=: el tamaño del mensaje, anunciado de antemano</translation>
    </message>
    <message>
        <source>The client says in advance how many octets the message has, so that a server with a size limit can refuse it at once (552) instead of after receiving it.</source>
        <translation>El cliente indica de antemano cuántos octetos tiene el mensaje, para que un servidor con un límite de tamaño pueda rechazarlo en el acto (552) en lugar de después de recibirlo.</translation>
    </message>
    <message>
        <source>BODY=: 7-bit or 8-bit text</source>
        <translation>BODY=: texto de 7 bits o de 8 bits</translation>
    </message>
    <message>
        <source>The client says whether the message is plain 7-bit ASCII or contains 8-bit characters (BODY=8BITMIME), which the server allowed with 8BITMIME.</source>
        <translation>El cliente indica si el mensaje es texto ASCII simple de 7 bits o si contiene caracteres de 8 bits (BODY=8BITMIME), algo que el servidor permitió al anunciar 8BITMIME.</translation>
    </message>
    <message>
        <source>AUTH=: who submitted the message</source>
        <translation>AUTH=: quién envió el mensaje</translation>
    </message>
    <message>
        <source>The identity of the user who submitted the message, passed from server to server. This server accepts it but does not trust it.</source>
        <translation>La identidad del usuario que envió el mensaje, que se pasa de servidor en servidor. Este servidor la acepta, pero no se fía de ella.</translation>
    </message>
    <message>
        <source>&lt;&gt;: the empty sender</source>
        <translation>&lt;&gt;: el remitente vacío</translation>
    </message>
    <message>
        <source>An empty return address marks an error report (a bounce). Nobody answers a bounce with another bounce, so mail cannot go round in circles.</source>
        <translation>Una dirección de retorno vacía indica un informe de error (un aviso de devolución). Nadie responde a un aviso de devolución con otro aviso de devolución, así que el correo no puede quedarse dando vueltas en círculo.</translation>
    </message>
    <message>
        <source>211 System status</source>
        <translation>211 Estado del sistema</translation>
    </message>
    <message>
        <source>A reply with the status of the server, or system help. It is rarely seen and changes nothing in the session.</source>
        <translation>Una respuesta con el estado del servidor o ayuda del sistema. Se ve muy poco y no cambia nada en la sesión.</translation>
    </message>
    <message>
        <source>214 Help message</source>
        <translation>214 Mensaje de ayuda</translation>
    </message>
    <message>
        <source>The answer to HELP: some text for a human about the commands. It changes nothing in the session.</source>
        <translation>La respuesta a HELP: un texto para una persona sobre los comandos. No cambia nada en la sesión.</translation>
    </message>
    <message>
        <source>220 Service ready: the server's greeting</source>
        <translation>220 Servicio preparado: el saludo del servidor</translation>
    </message>
    <message>
        <source>As soon as the TCP connection is open, the server speaks first: 220 and its name. This starts the opening (handshake) phase; the client answers with HELO or EHLO.</source>
        <translation>En cuanto se abre la conexión TCP, el servidor habla primero: 220 y su nombre. Así empieza la fase de apertura (handshake); el cliente responde con HELO o EHLO.</translation>
    </message>
    <message>
        <source>221 Closing the connection</source>
        <translation>221 Cerrando la conexión</translation>
    </message>
    <message>
        <source>The server's answer to QUIT: it says goodbye and closes the TCP connection. This is the end of the closing phase.</source>
        <translation>La respuesta del servidor a QUIT: se despide y cierra la conexión TCP. Es el final de la fase de cierre.</translation>
    </message>
    <message>
        <source>235 Authentication successful</source>
        <translation>235 Autenticación correcta</translation>
    </message>
    <message>
        <source>The user name and the password are right: the user is logged in and may now send mail through this server. Next comes MAIL FROM.</source>
        <translation>El nombre de usuario y la contraseña son correctos: el usuario ha iniciado sesión y ya puede enviar correo a través de este servidor. Ahora toca MAIL FROM.</translation>
    </message>
    <message>
        <source>250 OK</source>
        <translation>250 OK</translation>
    </message>
    <message>
        <source>The requested action went well. 2xx codes mean success; the client can go on with the next command.</source>
        <translation>La acción solicitada ha ido bien. Los códigos 2xx indican éxito; el cliente puede seguir con el siguiente comando.</translation>
    </message>
    <message>
        <source>251 User not local; will forward</source>
        <translation>251 El usuario no es local; se reenviará</translation>
    </message>
    <message>
        <source>The recipient is not here, but the server knows where the user has moved and will pass the mail on.</source>
        <translation>El destinatario no está aquí, pero el servidor sabe adónde se ha trasladado el usuario y le reenviará el correo.</translation>
    </message>
    <message>
        <source>252 Cannot verify the user, but will try</source>
        <translation>252 No se puede verificar al usuario, pero se intentará</translation>
    </message>
    <message>
        <source>The answer to VRFY: the server neither confirms nor denies that the address exists (to protect its users from spammers), but it will accept mail for it.</source>
        <translation>La respuesta a VRFY: el servidor ni confirma ni niega que la dirección exista (para proteger a sus usuarios del spam), pero aceptará correo para ella.</translation>
    </message>
    <message>
        <source>334 Login challenge: go on</source>
        <translation>334 Desafío de inicio de sesión: adelante</translation>
    </message>
    <message>
        <source>The server waits for the next step of the login (AUTH). The text after 334 is base64; with LOGIN it says "Username:" or "Password:". The client answers with one line of base64. 3xx codes mean: go on.</source>
        <translation>El servidor espera el siguiente paso del inicio de sesión (AUTH). El texto que va después de 334 está en base64; con LOGIN dice "Username:" o "Password:". El cliente responde con una línea en base64. Los códigos 3xx significan: adelante.</translation>
    </message>
    <message>
        <source>354 Start the message; end it with a dot</source>
        <translation>354 Adelante con el mensaje; se termina con un punto</translation>
    </message>
    <message>
        <source>The answer to DATA: the server is ready for the message. The client now sends the header, a blank line and the body, and ends with a line with only ".". 3xx codes mean: go on.</source>
        <translation>La respuesta a DATA: el servidor está listo para recibir el mensaje. Ahora el cliente envía la cabecera, una línea en blanco y el cuerpo, y termina con una línea que solo tiene ".". Los códigos 3xx significan: adelante.</translation>
    </message>
    <message>
        <source>421 Service not available, closing</source>
        <translation>421 Servicio no disponible; se cierra la conexión</translation>
    </message>
    <message>
        <source>The server is shutting down, has waited too long, or saw too many errors, and closes the connection. 4xx codes are temporary: a sending server keeps the message in its queue and tries again later.</source>
        <translation>El servidor se está apagando, ha esperado demasiado tiempo o ha visto demasiados errores, y cierra la conexión. Los códigos 4xx son temporales: el servidor que envía el correo guarda el mensaje en su cola y vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>450 Mailbox unavailable (try later)</source>
        <translation>450 Buzón no disponible (reintentar más tarde)</translation>
    </message>
    <message>
        <source>A temporary refusal: the mailbox is busy or cannot be used right now. 4xx codes mean "try again later": the sending server keeps the mail in its queue.</source>
        <translation>Un rechazo temporal: el buzón está ocupado o no se puede usar en este momento. Los códigos 4xx significan "reintentar más tarde": el servidor que envía el correo lo guarda en su cola.</translation>
    </message>
    <message>
        <source>451 Local error: action aborted (try later)</source>
        <translation>451 Error local: acción interrumpida (reintentar más tarde)</translation>
    </message>
    <message>
        <source>Something went wrong inside the server. It is temporary: the client should try again later.</source>
        <translation>Algo ha fallado dentro del servidor. Es temporal: el cliente debería volver a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>452 Not enough room or too many recipients (try later)</source>
        <translation>452 No hay espacio suficiente o hay demasiados destinatarios (reintentar más tarde)</translation>
    </message>
    <message>
        <source>The server cannot take more right now: it has no space, or this message has too many recipients. It is temporary: the client sends the rest later.</source>
        <translation>El servidor no puede aceptar más en este momento: se ha quedado sin espacio o este mensaje tiene demasiados destinatarios. Es temporal: el cliente envía el resto más tarde.</translation>
    </message>
    <message>
        <source>500 Syntax error: command not recognised</source>
        <translation>500 Error de sintaxis: comando no reconocido</translation>
    </message>
    <message>
        <source>The server did not understand the line: an unknown command, a line too long, or a line not ended with CR LF. 5xx codes are permanent: sending the same again fails again.</source>
        <translation>El servidor no ha entendido la línea: un comando desconocido, una línea demasiado larga o una línea que no termina en CR LF. Los códigos 5xx son permanentes: si se envía lo mismo otra vez, volverá a fallar.</translation>
    </message>
    <message>
        <source>501 Syntax error in the arguments</source>
        <translation>501 Error de sintaxis en los argumentos</translation>
    </message>
    <message>
        <source>The command is known but what follows it is wrong, for example an address without &lt; &gt;. The reply shows the right syntax.</source>
        <translation>El comando se conoce, pero lo que va detrás está mal; por ejemplo, una dirección sin &lt; &gt;. La respuesta muestra la sintaxis correcta.</translation>
    </message>
    <message>
        <source>502 Command not implemented</source>
        <translation>502 Comando no implementado</translation>
    </message>
    <message>
        <source>The server knows this command but does not offer it.</source>
        <translation>El servidor conoce este comando, pero no lo ofrece.</translation>
    </message>
    <message>
        <source>503 Bad sequence of commands</source>
        <translation>503 Secuencia de comandos incorrecta</translation>
    </message>
    <message>
        <source>The command came in the wrong order, for example RCPT before MAIL, or MAIL before HELO. SMTP commands follow a fixed order: HELO or EHLO, MAIL, RCPT, DATA, and QUIT at the end.</source>
        <translation>El comando ha llegado en un orden incorrecto; por ejemplo, RCPT antes de MAIL, o MAIL antes de HELO. Los comandos SMTP siguen un orden fijo: HELO o EHLO, MAIL, RCPT, DATA y, al final, QUIT.</translation>
    </message>
    <message>
        <source>504 Parameter not implemented</source>
        <translation>504 Parámetro no implementado</translation>
    </message>
    <message>
        <source>The command is fine but this option is not supported, for example an unknown AUTH mechanism.</source>
        <translation>El comando está bien, pero esta opción no se admite; por ejemplo, un mecanismo de AUTH desconocido.</translation>
    </message>
    <message>
        <source>530 Authentication required</source>
        <translation>530 Se requiere autenticación</translation>
    </message>
    <message>
        <source>This server only takes mail from users who have logged in with AUTH. On the submission port (587) a mail client must log in first.</source>
        <translation>Este servidor solo acepta correo de usuarios que han iniciado sesión con AUTH. En el puerto de envío (587), un cliente de correo tiene que iniciar sesión primero.</translation>
    </message>
    <message>
        <source>535 Authentication failed</source>
        <translation>535 La autenticación ha fallado</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. The client is not logged in.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos. El cliente no ha iniciado sesión.</translation>
    </message>
    <message>
        <source>550 Mailbox unavailable</source>
        <translation>550 Buzón no disponible</translation>
    </message>
    <message>
        <source>A permanent refusal: usually the mailbox does not exist (user unknown). A sending server does not try again: it sends an error report (a bounce) to the sender.</source>
        <translation>Un rechazo permanente: normalmente el buzón no existe (usuario desconocido). El servidor que envía el correo no vuelve a intentarlo: manda un informe de error (un aviso de devolución) al remitente.</translation>
    </message>
    <message>
        <source>551 User not local</source>
        <translation>551 El usuario no es local</translation>
    </message>
    <message>
        <source>The recipient is not here; the reply may say where to send the mail instead. The server will not pass it on itself.</source>
        <translation>El destinatario no está aquí; la respuesta puede indicar adónde enviar el correo. El servidor no lo reenviará por su cuenta.</translation>
    </message>
    <message>
        <source>552 Too big: storage allocation exceeded</source>
        <translation>552 Demasiado grande: se ha superado el espacio de almacenamiento asignado</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts, or the mailbox is full. It is permanent: trying again will not help.</source>
        <translation>El mensaje es más grande de lo que acepta el servidor, o el buzón está lleno. Es permanente: volver a intentarlo no servirá de nada.</translation>
    </message>
    <message>
        <source>553 Mailbox name not allowed</source>
        <translation>553 Nombre de buzón no permitido</translation>
    </message>
    <message>
        <source>The address is not valid, for example it is badly written. Check the address.</source>
        <translation>La dirección no es válida; por ejemplo, está mal escrita. Conviene revisar la dirección.</translation>
    </message>
    <message>
        <source>554 Transaction failed</source>
        <translation>554 La transacción ha fallado</translation>
    </message>
    <message>
        <source>The server refuses the message, for example because it does not relay mail for strangers, or because no recipient was accepted. It is permanent.</source>
        <translation>El servidor rechaza el mensaje; por ejemplo, porque no reenvía (relay) correo de desconocidos o porque no se ha aceptado ningún destinatario. Es permanente.</translation>
    </message>
    <message>
        <source>555 Parameter not recognised</source>
        <translation>555 Parámetro no reconocido</translation>
    </message>
    <message>
        <source>The server does not understand a parameter added after the address in MAIL FROM or RCPT TO (such as SIZE= or BODY=).</source>
        <translation>El servidor no entiende un parámetro añadido después de la dirección en MAIL FROM o RCPT TO (como SIZE= o BODY=).</translation>
    </message>
    <message>
        <source>250: hello accepted</source>
        <translation>250: saludo aceptado</translation>
    </message>
    <message>
        <source>The server accepts the greeting and gives its own name. The opening (handshake) is done: the client can start the mail transfer with MAIL FROM.</source>
        <translation>El servidor acepta el saludo y da su propio nombre. La apertura (handshake) ha terminado: el cliente puede empezar la transferencia del correo con MAIL FROM.</translation>
    </message>
    <message>
        <source>250: hello, and the list of extensions</source>
        <translation>250: saludo y lista de extensiones</translation>
    </message>
    <message>
        <source>The server accepts the greeting. The lines after this one list the extensions it offers, one per line; a dash after 250 means "more lines follow", and the last line has a space instead.</source>
        <translation>El servidor acepta el saludo. Las líneas que siguen a esta enumeran las extensiones que ofrece, una por línea; un guion después de 250 significa "siguen más líneas", y la última línea lleva un espacio en su lugar.</translation>
    </message>
    <message>
        <source>250: sender accepted</source>
        <translation>250: remitente aceptado</translation>
    </message>
    <message>
        <source>The server accepts the sender of the envelope. The mail transfer goes on: next, the client names the recipients with RCPT TO.</source>
        <translation>El servidor acepta al remitente del sobre. La transferencia del correo continúa: ahora el cliente indica los destinatarios con RCPT TO.</translation>
    </message>
    <message>
        <source>250: recipient accepted</source>
        <translation>250: destinatario aceptado</translation>
    </message>
    <message>
        <source>The server will take mail for this recipient: the mailbox is here, or (for a user who logged in) it will relay the mail towards the recipient's server. After the last recipient comes DATA.</source>
        <translation>El servidor aceptará correo para este destinatario: el buzón está aquí o (para un usuario que ha iniciado sesión) reenviará el correo hacia el servidor del destinatario. Después del último destinatario viene DATA.</translation>
    </message>
    <message>
        <source>250: message accepted</source>
        <translation>250: mensaje aceptado</translation>
    </message>
    <message>
        <source>The server has taken the message and is now responsible for it: it is stored in the mailbox, or placed in the queue for the next server. The client can send another message or say QUIT.</source>
        <translation>El servidor ha recibido el mensaje y ahora es responsable de él: se guarda en el buzón o se pone en la cola para el siguiente servidor. El cliente puede enviar otro mensaje o decir QUIT.</translation>
    </message>
    <message>
        <source>250: transaction reset</source>
        <translation>250: transacción reiniciada</translation>
    </message>
    <message>
        <source>The server has forgotten the message in progress. The client can start again with MAIL FROM.</source>
        <translation>El servidor ha olvidado el mensaje que estaba en curso. El cliente puede volver a empezar con MAIL FROM.</translation>
    </message>
    <message>
        <source>250: still here</source>
        <translation>250: sigo aquí</translation>
    </message>
    <message>
        <source>The answer to NOOP: nothing was done, and the connection is alive.</source>
        <translation>La respuesta a NOOP: no se ha hecho nada y la conexión sigue activa.</translation>
    </message>
    <message>
        <source>other or undefined status</source>
        <translation>otro estado o estado no definido</translation>
    </message>
    <message>
        <source>No more precise detail is given.</source>
        <translation>No se da ningún detalle más preciso.</translation>
    </message>
    <message>
        <source>address status</source>
        <translation>estado de la dirección</translation>
    </message>
    <message>
        <source>This is about an address (here, usually the sender's).</source>
        <translation>Se refiere a una dirección (aquí, normalmente la del remitente).</translation>
    </message>
    <message>
        <source>bad destination mailbox address</source>
        <translation>dirección de buzón de destino incorrecta</translation>
    </message>
    <message>
        <source>The mailbox does not exist at the destination: the part before the @ is wrong or the user is unknown.</source>
        <translation>El buzón no existe en el destino: la parte que va antes de la @ está mal o el usuario es desconocido.</translation>
    </message>
    <message>
        <source>bad destination system address</source>
        <translation>dirección de sistema de destino incorrecta</translation>
    </message>
    <message>
        <source>The domain after the @ does not exist or takes no mail.</source>
        <translation>El dominio que va después de la @ no existe o no acepta correo.</translation>
    </message>
    <message>
        <source>bad destination mailbox address syntax</source>
        <translation>sintaxis incorrecta en la dirección del buzón de destino</translation>
    </message>
    <message>
        <source>The recipient's address is badly written.</source>
        <translation>La dirección del destinatario está mal escrita.</translation>
    </message>
    <message>
        <source>destination address valid</source>
        <translation>dirección de destino válida</translation>
    </message>
    <message>
        <source>The recipient's address is good.</source>
        <translation>La dirección del destinatario es correcta.</translation>
    </message>
    <message>
        <source>mailbox has moved</source>
        <translation>el buzón se ha trasladado</translation>
    </message>
    <message>
        <source>The user is no longer here and no new address is known.</source>
        <translation>El usuario ya no está aquí y no se conoce ninguna dirección nueva.</translation>
    </message>
    <message>
        <source>bad sender's mailbox address syntax</source>
        <translation>sintaxis incorrecta en la dirección del buzón del remitente</translation>
    </message>
    <message>
        <source>The sender's address is badly written.</source>
        <translation>La dirección del remitente está mal escrita.</translation>
    </message>
    <message>
        <source>bad sender's system address</source>
        <translation>dirección de sistema del remitente incorrecta</translation>
    </message>
    <message>
        <source>The sender's domain does not exist or takes no mail.</source>
        <translation>El dominio del remitente no existe o no acepta correo.</translation>
    </message>
    <message>
        <source>mailbox status</source>
        <translation>estado del buzón</translation>
    </message>
    <message>
        <source>Something about the mailbox itself.</source>
        <translation>Algo relacionado con el propio buzón.</translation>
    </message>
    <message>
        <source>mailbox disabled</source>
        <translation>buzón desactivado</translation>
    </message>
    <message>
        <source>The mailbox exists but takes no messages now.</source>
        <translation>El buzón existe, pero ahora no acepta mensajes.</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <translation>buzón lleno</translation>
    </message>
    <message>
        <source>The recipient has no room left.</source>
        <translation>Al destinatario no le queda espacio.</translation>
    </message>
    <message>
        <source>message too long for the mailbox</source>
        <translation>mensaje demasiado largo para el buzón</translation>
    </message>
    <message>
        <source>The message is bigger than this mailbox allows.</source>
        <translation>El mensaje es más grande de lo que permite este buzón.</translation>
    </message>
    <message>
        <source>mail system status</source>
        <translation>estado del sistema de correo</translation>
    </message>
    <message>
        <source>A problem in the receiving mail system.</source>
        <translation>Un problema en el sistema de correo que recibe el mensaje.</translation>
    </message>
    <message>
        <source>mail system full</source>
        <translation>sistema de correo lleno</translation>
    </message>
    <message>
        <source>The server has run out of space.</source>
        <translation>El servidor se ha quedado sin espacio.</translation>
    </message>
    <message>
        <source>message too big for the system</source>
        <translation>mensaje demasiado grande para el sistema</translation>
    </message>
    <message>
        <source>The message is bigger than the server's limit (see SIZE).</source>
        <translation>El mensaje supera el límite del servidor (véase SIZE).</translation>
    </message>
    <message>
        <source>network or routing status</source>
        <translation>estado de la red o del encaminamiento</translation>
    </message>
    <message>
        <source>A problem on the way between servers.</source>
        <translation>Un problema en el camino entre servidores.</translation>
    </message>
    <message>
        <source>no answer from host</source>
        <translation>sin respuesta del equipo</translation>
    </message>
    <message>
        <source>The next server did not answer.</source>
        <translation>El siguiente servidor no ha respondido.</translation>
    </message>
    <message>
        <source>bad connection</source>
        <translation>conexión defectuosa</translation>
    </message>
    <message>
        <source>The connection broke or was too slow.</source>
        <translation>La conexión se ha cortado o era demasiado lenta.</translation>
    </message>
    <message>
        <source>unable to route</source>
        <translation>no se puede encaminar</translation>
    </message>
    <message>
        <source>No way was found to the recipient's server (see DNS MX).</source>
        <translation>No se ha encontrado ningún camino hasta el servidor del destinatario (véase DNS MX).</translation>
    </message>
    <message>
        <source>delivery time expired</source>
        <translation>tiempo de entrega agotado</translation>
    </message>
    <message>
        <source>The message waited in the queue for too long.</source>
        <translation>El mensaje ha esperado demasiado tiempo en la cola.</translation>
    </message>
    <message>
        <source>protocol status</source>
        <translation>estado del protocolo</translation>
    </message>
    <message>
        <source>Something about the SMTP conversation itself.</source>
        <translation>Algo relacionado con la propia conversación SMTP.</translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation>comando no válido</translation>
    </message>
    <message>
        <source>The command is unknown, not offered, or not allowed at this point.</source>
        <translation>El comando es desconocido, no se ofrece o no se permite en este momento.</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>error de sintaxis</translation>
    </message>
    <message>
        <source>The line could not be read as a command.</source>
        <translation>La línea no se ha podido interpretar como un comando.</translation>
    </message>
    <message>
        <source>too many recipients</source>
        <translation>demasiados destinatarios</translation>
    </message>
    <message>
        <source>The message has more recipients than the server takes at once.</source>
        <translation>El mensaje tiene más destinatarios de los que el servidor acepta de una vez.</translation>
    </message>
    <message>
        <source>invalid command arguments</source>
        <translation>argumentos del comando no válidos</translation>
    </message>
    <message>
        <source>The command is right but its arguments are not.</source>
        <translation>El comando es correcto, pero sus argumentos no.</translation>
    </message>
    <message>
        <source>message content status</source>
        <translation>estado del contenido del mensaje</translation>
    </message>
    <message>
        <source>A problem with the content of the message.</source>
        <translation>Un problema con el contenido del mensaje.</translation>
    </message>
    <message>
        <source>security or policy status</source>
        <translation>estado de seguridad o de normas</translation>
    </message>
    <message>
        <source>About security or the server's rules, for example logging in.</source>
        <translation>Relacionado con la seguridad o las normas del servidor; por ejemplo, el inicio de sesión.</translation>
    </message>
    <message>
        <source>delivery not authorised</source>
        <translation>entrega no autorizada</translation>
    </message>
    <message>
        <source>The server's rules forbid this, for example relaying mail for someone who did not log in.</source>
        <translation>Las normas del servidor lo prohíben; por ejemplo, reenviar correo de alguien que no ha iniciado sesión.</translation>
    </message>
    <message>
        <source>authentication credentials invalid</source>
        <translation>credenciales de autenticación no válidas</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>authentication mechanism too weak</source>
        <translation>mecanismo de autenticación demasiado débil</translation>
    </message>
    <message>
        <source>The server wants a safer way of logging in.</source>
        <translation>El servidor quiere una forma más segura de iniciar sesión.</translation>
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
        <translation>PIPELINING: varios comandos a la vez</translation>
    </message>
    <message>
        <source>The client may send MAIL, RCPT and DATA together without waiting for each answer; the replies then come back in the same order. This saves time on slow networks.</source>
        <translation>El cliente puede enviar MAIL, RCPT y DATA seguidos sin esperar a cada respuesta; después, las respuestas llegan en el mismo orden. Así se ahorra tiempo en redes lentas.</translation>
    </message>
    <message>
        <source>SIZE: the largest message accepted</source>
        <translation>SIZE: el mensaje más grande que se acepta</translation>
    </message>
    <message>
        <source>The number is the biggest message, in octets, that this server takes. The client can announce the size of its message with MAIL FROM:&lt;…&gt; SIZE=n.</source>
        <translation>El número es el tamaño, en octetos, del mensaje más grande que acepta este servidor. El cliente puede anunciar el tamaño de su mensaje con MAIL FROM:&lt;…&gt; SIZE=n.</translation>
    </message>
    <message>
        <source>8BITMIME: 8-bit text allowed</source>
        <translation>8BITMIME: se admite texto de 8 bits</translation>
    </message>
    <message>
        <source>SMTP was made for 7-bit ASCII. With 8BITMIME the server also accepts text with 8-bit characters (accents, ñ…) without encoding it first.</source>
        <translation>SMTP se creó para ASCII de 7 bits. Con 8BITMIME, el servidor también acepta texto con caracteres de 8 bits (tildes, ñ…) sin tener que codificarlo antes.</translation>
    </message>
    <message>
        <source>ENHANCEDSTATUSCODES: more precise reply codes</source>
        <translation>ENHANCEDSTATUSCODES: códigos de respuesta más precisos</translation>
    </message>
    <message>
        <source>After the three-digit code, replies carry a second code such as 2.1.5 or 5.1.1: class, subject and detail, which say more exactly what happened.</source>
        <translation>Después del código de tres cifras, las respuestas llevan un segundo código, como 2.1.5 o 5.1.1: clase, tema y detalle, que indican con más exactitud lo que ha pasado.</translation>
    </message>
    <message>
        <source>AUTH: users can log in</source>
        <translation>AUTH: los usuarios pueden iniciar sesión</translation>
    </message>
    <message>
        <source>The server accepts AUTH, and lists the ways of logging in it knows (PLAIN, LOGIN). A mail client logs in before sending mail through its server.</source>
        <translation>El servidor acepta AUTH y enumera las formas de iniciar sesión que conoce (PLAIN, LOGIN). Un cliente de correo inicia sesión antes de enviar correo a través de su servidor.</translation>
    </message>
    <message>
        <source>HELP: help is available</source>
        <translation>HELP: hay ayuda disponible</translation>
    </message>
    <message>
        <source>The server answers the HELP command with a short text.</source>
        <translation>El servidor responde al comando HELP con un texto breve.</translation>
    </message>
    <message>
        <source>STARTTLS: encryption available</source>
        <translation>STARTTLS: cifrado disponible</translation>
    </message>
    <message>
        <source>The client may switch the connection to TLS so that nobody can read it.</source>
        <translation>El cliente puede pasar la conexión a TLS para que nadie pueda leerla.</translation>
    </message>
    <message>
        <source>CHUNKING: BDAT available</source>
        <translation>CHUNKING: BDAT disponible</translation>
    </message>
    <message>
        <source>The client may send the message in pieces with BDAT.</source>
        <translation>El cliente puede enviar el mensaje por partes con BDAT.</translation>
    </message>
    <message>
        <source>DSN: delivery status notifications</source>
        <translation>DSN: notificaciones del estado de la entrega</translation>
    </message>
    <message>
        <source>The client may ask to be told when the message is delivered or fails.</source>
        <translation>El cliente puede pedir que se le avise cuando el mensaje se entregue o cuando falle la entrega.</translation>
    </message>
    <message>
        <source>SMTPUTF8: international addresses</source>
        <translation>SMTPUTF8: direcciones internacionales</translation>
    </message>
    <message>
        <source>Addresses may contain letters beyond ASCII.</source>
        <translation>Las direcciones pueden contener letras que no están en ASCII.</translation>
    </message>
    <message>
        <source>USER: who is logging in</source>
        <translation>USER: quién inicia sesión</translation>
    </message>
    <message>
        <source>In the AUTHORIZATION state the client gives the user name of the mailbox it wants to open. The server answers +OK and waits for PASS.</source>
        <translation>En el estado AUTHORIZATION, el cliente da el nombre de usuario del buzón que quiere abrir. El servidor responde +OK y espera a PASS.</translation>
    </message>
    <message>
        <source>PASS: the password</source>
        <translation>PASS: la contraseña</translation>
    </message>
    <message>
        <source>Right after USER, the client sends the password, in clear text. If it is right, the server answers +OK, locks the mailbox, and the session enters the TRANSACTION state. Anyone watching the network can read this line.</source>
        <translation>Justo después de USER, el cliente envía la contraseña en texto claro. Si es correcta, el servidor responde +OK, bloquea el buzón y la sesión pasa al estado TRANSACTION. Cualquiera que observe la red puede leer esta línea.</translation>
    </message>
    <message>
        <source>APOP: log in without sending the password</source>
        <translation>APOP: iniciar sesión sin enviar la contraseña</translation>
    </message>
    <message>
        <source>Instead of USER and PASS, the client sends the user name and an MD5 digest of the greeting's timestamp and the password. The password itself never crosses the network. If the digest is right, the session enters the TRANSACTION state.</source>
        <translation>En lugar de USER y PASS, el cliente envía el nombre de usuario y un resumen MD5 de la marca de tiempo del saludo junto con la contraseña. La contraseña en sí nunca viaja por la red. Si el resumen es correcto, la sesión pasa al estado TRANSACTION.</translation>
    </message>
    <message>
        <source>STAT: how many messages?</source>
        <translation>STAT: ¿cuántos mensajes hay?</translation>
    </message>
    <message>
        <source>The server answers +OK with the number of messages and their total size in octets. Messages marked for deletion are not counted.</source>
        <translation>El servidor responde +OK con el número de mensajes y su tamaño total en octetos. Los mensajes marcados para borrar no se cuentan.</translation>
    </message>
    <message>
        <source>LIST: the list of messages</source>
        <translation>LIST: la lista de mensajes</translation>
    </message>
    <message>
        <source>The server answers +OK and then one line per message: its number and its size in octets, ending with a line with only a dot. With a number (LIST 2) it answers about that message only.</source>
        <translation>El servidor responde +OK y después una línea por mensaje, con su número y su tamaño en octetos, y termina con una línea que solo tiene un punto. Con un número (LIST 2), responde solo sobre ese mensaje.</translation>
    </message>
    <message>
        <source>RETR: download a message</source>
        <translation>RETR: descargar un mensaje</translation>
    </message>
    <message>
        <source>The client asks for the whole message with this number. The server answers +OK and sends the message line by line, header and body, ending with a line with only a dot.</source>
        <translation>El cliente pide el mensaje completo que tiene este número. El servidor responde +OK y envía el mensaje línea a línea, cabecera y cuerpo, y termina con una línea que solo tiene un punto.</translation>
    </message>
    <message>
        <source>DELE: mark a message for deletion</source>
        <translation>DELE: marcar un mensaje para borrarlo</translation>
    </message>
    <message>
        <source>The message is only marked: it is really deleted in the UPDATE state, after QUIT. Until then RSET can undo it. This is the course's "download and delete" mode.</source>
        <translation>El mensaje solo queda marcado: se borra de verdad en el estado UPDATE, después de QUIT. Hasta entonces, RSET puede deshacerlo. Es el modo "descarga y borrado" del curso.</translation>
    </message>
    <message>
        <source>The server just answers +OK. It keeps the connection alive.</source>
        <translation>El servidor solo responde +OK. Sirve para mantener viva la conexión.</translation>
    </message>
    <message>
        <source>RSET: undo the deletions</source>
        <translation>RSET: deshacer los borrados</translation>
    </message>
    <message>
        <source>Every message marked with DELE is unmarked. Nothing was deleted yet: that only happens in the UPDATE state.</source>
        <translation>Se desmarcan todos los mensajes marcados con DELE. Todavía no se había borrado nada: eso solo ocurre en el estado UPDATE.</translation>
    </message>
    <message>
        <source>QUIT: finish, and delete what was marked</source>
        <translation>QUIT: terminar y borrar lo marcado</translation>
    </message>
    <message>
        <source>The session enters the UPDATE state: the server deletes the messages marked with DELE, answers +OK and closes the connection.</source>
        <translation>La sesión pasa al estado UPDATE: el servidor borra los mensajes marcados con DELE, responde +OK y cierra la conexión.</translation>
    </message>
    <message>
        <source>TOP: the header and the first lines</source>
        <translation>TOP: la cabecera y las primeras líneas</translation>
    </message>
    <message>
        <source>TOP n k asks for the header of message n and the first k lines of its body. The client can see who sent a message and its subject without downloading all of it.</source>
        <translation>TOP n k pide la cabecera del mensaje n y las primeras k líneas de su cuerpo. El cliente puede ver quién envió un mensaje y cuál es su asunto sin descargarlo entero.</translation>
    </message>
    <message>
        <source>UIDL: unique identifiers</source>
        <translation>UIDL: identificadores únicos</translation>
    </message>
    <message>
        <source>The server gives each message an identifier that never changes between sessions. A client that keeps the mail on the server ("download and keep") uses it to know which messages it already has.</source>
        <translation>El servidor da a cada mensaje un identificador que nunca cambia de una sesión a otra. Un cliente que deja el correo en el servidor ("descarga y conservación") lo usa para saber qué mensajes tiene ya.</translation>
    </message>
    <message>
        <source>CAPA: what can this server do?</source>
        <translation>CAPA: ¿qué sabe hacer este servidor?</translation>
    </message>
    <message>
        <source>The server lists its capabilities, one per line (TOP, UIDL, USER…), ending with a dot. It is the POP3 counterpart of SMTP's EHLO.</source>
        <translation>El servidor enumera sus capacidades, una por línea (TOP, UIDL, USER…), y termina con un punto. Es el equivalente en POP3 del EHLO de SMTP.</translation>
    </message>
    <message>
        <source>QUIT: leave before logging in</source>
        <translation>QUIT: salir antes de iniciar sesión</translation>
    </message>
    <message>
        <source>The client leaves while still in the AUTHORIZATION state. The server answers +OK and closes the connection; there is no UPDATE state, so nothing is deleted.</source>
        <translation>El cliente se va cuando todavía está en el estado AUTHORIZATION. El servidor responde +OK y cierra la conexión; no hay estado UPDATE, así que no se borra nada.</translation>
    </message>
    <message>
        <source>The server does not know this command and answers -ERR. POP3 commands are short keywords: USER, PASS, STAT, LIST, RETR, DELE, QUIT… (upper or lower case both work).</source>
        <translation>El servidor no conoce este comando y responde -ERR. Los comandos de POP3 son palabras clave cortas: USER, PASS, STAT, LIST, RETR, DELE, QUIT… (funcionan tanto en mayúsculas como en minúsculas).</translation>
    </message>
    <message>
        <source>+OK: the POP3 server is ready</source>
        <translation>+OK: el servidor POP3 está listo</translation>
    </message>
    <message>
        <source>The server greets the client as soon as the TCP connection is open. The session is in the AUTHORIZATION state: the client must log in with USER and PASS (or APOP). The text between &lt; &gt; is a timestamp that APOP uses.</source>
        <translation>El servidor saluda al cliente en cuanto se abre la conexión TCP. La sesión está en el estado AUTHORIZATION: el cliente tiene que iniciar sesión con USER y PASS (o con APOP). El texto entre &lt; &gt; es una marca de tiempo que usa APOP.</translation>
    </message>
    <message>
        <source>+OK: the command worked</source>
        <translation>+OK: el comando ha funcionado</translation>
    </message>
    <message>
        <source>POP3 has only two answers: +OK when the command worked and -ERR when it did not, followed by some text for humans.</source>
        <translation>POP3 solo tiene dos respuestas: +OK cuando el comando ha funcionado y -ERR cuando no, seguidas de un texto para las personas.</translation>
    </message>
    <message>
        <source>+OK: now the password</source>
        <translation>+OK: ahora, la contraseña</translation>
    </message>
    <message>
        <source>The server has noted the user name and waits for PASS. It says +OK even for a name that does not exist, so that nobody can find out which names exist.</source>
        <translation>El servidor ha tomado nota del nombre de usuario y espera a PASS. Responde +OK incluso con un nombre que no existe, para que nadie pueda averiguar qué nombres existen.</translation>
    </message>
    <message>
        <source>+OK: logged in</source>
        <translation>+OK: sesión iniciada</translation>
    </message>
    <message>
        <source>The password is right. The mailbox is locked for this session, and the session enters the TRANSACTION state: now the client can use STAT, LIST, RETR and DELE.</source>
        <translation>La contraseña es correcta. El buzón queda bloqueado para esta sesión y la sesión pasa al estado TRANSACTION: ahora el cliente puede usar STAT, LIST, RETR y DELE.</translation>
    </message>
    <message>
        <source>The digest is right. The mailbox is locked for this session, and the session enters the TRANSACTION state.</source>
        <translation>El resumen es correcto. El buzón queda bloqueado para esta sesión y la sesión pasa al estado TRANSACTION.</translation>
    </message>
    <message>
        <source>+OK: the list follows</source>
        <translation>+OK: a continuación, la lista</translation>
    </message>
    <message>
        <source>How many messages there are and their total size. Next come the lines of the list, one per message, and a line with only a dot.</source>
        <translation>Cuántos mensajes hay y su tamaño total. Después vienen las líneas de la lista, una por mensaje, y una línea que solo tiene un punto.</translation>
    </message>
    <message>
        <source>+OK: the message follows</source>
        <translation>+OK: a continuación, el mensaje</translation>
    </message>
    <message>
        <source>The size of the message in octets. Next comes the message, line by line, and a line with only a dot at the end.</source>
        <translation>El tamaño del mensaje en octetos. Después viene el mensaje, línea a línea, y al final una línea que solo tiene un punto.</translation>
    </message>
    <message>
        <source>+OK: marked for deletion</source>
        <translation>+OK: marcado para borrar</translation>
    </message>
    <message>
        <source>The message is marked. It will be deleted after QUIT, in the UPDATE state.</source>
        <translation>El mensaje queda marcado. Se borrará después de QUIT, en el estado UPDATE.</translation>
    </message>
    <message>
        <source>+OK: goodbye</source>
        <translation>+OK: adiós</translation>
    </message>
    <message>
        <source>The server has removed the messages marked with DELE (UPDATE state) and closes the connection.</source>
        <translation>El servidor ha eliminado los mensajes marcados con DELE (estado UPDATE) y cierra la conexión.</translation>
    </message>
    <message>
        <source>-ERR: the command failed</source>
        <translation>-ERR: el comando ha fallado</translation>
    </message>
    <message>
        <source>Something was wrong: an unknown command, a wrong password, a message that does not exist… The text after -ERR says what. The session stays in the same state.</source>
        <translation>Algo no estaba bien: un comando desconocido, una contraseña incorrecta, un mensaje que no existe… El texto que va después de -ERR dice qué. La sesión sigue en el mismo estado.</translation>
    </message>
    <message>
        <source>[IN-USE]: the mailbox is already open</source>
        <translation>[IN-USE]: el buzón ya está abierto</translation>
    </message>
    <message>
        <source>Another session is using this mailbox; POP3 gives one session at a time the mailbox to itself. Try again when the other client has finished.</source>
        <translation>Otra sesión está usando este buzón; POP3 deja el buzón en exclusiva a una sola sesión cada vez. Hay que volver a intentarlo cuando el otro cliente haya terminado.</translation>
    </message>
    <message>
        <source>[LOGIN-DELAY]: too soon</source>
        <translation>[LOGIN-DELAY]: demasiado pronto</translation>
    </message>
    <message>
        <source>The user logged in too recently; wait before trying again.</source>
        <translation>El usuario inició sesión hace muy poco; hay que esperar antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>[AUTH]: wrong user name or password</source>
        <translation>[AUTH]: nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>The login failed because of the name or the password, not because of a problem in the server.</source>
        <translation>El inicio de sesión falló por el nombre o por la contraseña, no por un problema del servidor.</translation>
    </message>
    <message>
        <source>[SYS/TEMP]: temporary server problem</source>
        <translation>[SYS/TEMP]: problema temporal del servidor</translation>
    </message>
    <message>
        <source>The server has a problem; try again later.</source>
        <translation>El servidor tiene un problema; hay que volver a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>[SYS/PERM]: server problem</source>
        <translation>[SYS/PERM]: problema del servidor</translation>
    </message>
    <message>
        <source>The server has a problem that will not go away by itself.</source>
        <translation>El servidor tiene un problema que no se va a resolver por sí solo.</translation>
    </message>
    <message>
        <source>Capability: TOP</source>
        <translation>Capacidad: TOP</translation>
    </message>
    <message>
        <source>The server offers TOP: the header and first lines of a message.</source>
        <translation>El servidor ofrece TOP: la cabecera y las primeras líneas de un mensaje.</translation>
    </message>
    <message>
        <source>Capability: USER</source>
        <translation>Capacidad: USER</translation>
    </message>
    <message>
        <source>The client may log in with USER and PASS.</source>
        <translation>El cliente puede iniciar sesión con USER y PASS.</translation>
    </message>
    <message>
        <source>Capability: SASL</source>
        <translation>Capacidad: SASL</translation>
    </message>
    <message>
        <source>The client may log in with AUTH and these mechanisms.</source>
        <translation>El cliente puede iniciar sesión con AUTH y estos mecanismos.</translation>
    </message>
    <message>
        <source>Capability: RESP-CODES</source>
        <translation>Capacidad: RESP-CODES</translation>
    </message>
    <message>
        <source>Error answers may carry a code in brackets, such as [IN-USE], that a program can understand.</source>
        <translation>Las respuestas de error pueden llevar un código entre corchetes, como [IN-USE], que un programa puede entender.</translation>
    </message>
    <message>
        <source>Capability: LOGIN-DELAY</source>
        <translation>Capacidad: LOGIN-DELAY</translation>
    </message>
    <message>
        <source>The shortest time allowed between two logins.</source>
        <translation>El tiempo mínimo permitido entre dos inicios de sesión.</translation>
    </message>
    <message>
        <source>Capability: PIPELINING</source>
        <translation>Capacidad: PIPELINING</translation>
    </message>
    <message>
        <source>The client may send several commands without waiting for each answer.</source>
        <translation>El cliente puede enviar varios comandos sin esperar la respuesta de cada uno.</translation>
    </message>
    <message>
        <source>Capability: EXPIRE</source>
        <translation>Capacidad: EXPIRE</translation>
    </message>
    <message>
        <source>How many days the server keeps messages that were read.</source>
        <translation>Cuántos días guarda el servidor los mensajes que ya se han leído.</translation>
    </message>
    <message>
        <source>Capability: UIDL</source>
        <translation>Capacidad: UIDL</translation>
    </message>
    <message>
        <source>The server offers unique, lasting message identifiers.</source>
        <translation>El servidor ofrece identificadores de mensaje únicos y permanentes.</translation>
    </message>
    <message>
        <source>Capability: IMPLEMENTATION</source>
        <translation>Capacidad: IMPLEMENTATION</translation>
    </message>
    <message>
        <source>The name of the server software.</source>
        <translation>El nombre del software del servidor.</translation>
    </message>
    <message>
        <source>A line of the list: number and size</source>
        <translation>Una línea de la lista: número y tamaño</translation>
    </message>
    <message>
        <source>Each line gives a message number and its size in octets. The client uses the number with RETR and DELE.</source>
        <translation>Cada línea da un número de mensaje y su tamaño en octetos. El cliente usa el número con RETR y DELE.</translation>
    </message>
    <message>
        <source>A line of the list: number and unique identifier</source>
        <translation>Una línea de la lista: número e identificador único</translation>
    </message>
    <message>
        <source>Each line gives a message number and its unique identifier, which stays the same in every session.</source>
        <translation>Cada línea da un número de mensaje y su identificador único, que es el mismo en todas las sesiones.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>One thing this server can do, announced in answer to CAPA.</source>
        <translation>Algo que sabe hacer este servidor, anunciado en la respuesta a CAPA.</translation>
    </message>
    <message>
        <source>End of the multi-line answer</source>
        <translation>Fin de la respuesta de varias líneas</translation>
    </message>
    <message>
        <source>A line with only a dot ends the list or the message. If a line of the message itself starts with a dot, the server doubles that dot (byte-stuffing) so that it cannot be taken for the end.</source>
        <translation>Una línea que solo tiene un punto termina la lista o el mensaje. Si una línea del propio mensaje empieza por un punto, el servidor duplica ese punto (byte-stuffing) para que no se pueda confundir con el final.</translation>
    </message>
    <message>
        <source>End of the message: a line with only a dot</source>
        <translation>Fin del mensaje: una línea que solo tiene un punto</translation>
    </message>
    <message>
        <source>CR LF . CR LF ends the message. The server now answers: 250 if it accepts the message. Then the client can send another message or QUIT to start the closing phase.</source>
        <translation>CR LF . CR LF termina el mensaje. Ahora el servidor responde: 250 si acepta el mensaje. Después, el cliente puede enviar otro mensaje o QUIT para empezar la fase de cierre.</translation>
    </message>
    <message>
        <source>A doubled dot (dot-stuffing)</source>
        <translation>Un punto duplicado (dot-stuffing)</translation>
    </message>
    <message>
        <source>This line of the message starts with a dot, so the sender added a second one; the receiver removes it. That way a line of text can never be taken for the lone dot that ends the message.</source>
        <translation>Esta línea del mensaje empieza por un punto, así que el emisor añadió otro; el receptor lo quita. Así, una línea de texto nunca se puede confundir con el punto solitario que termina el mensaje.</translation>
    </message>
    <message>
        <source>A doubled dot (byte-stuffing)</source>
        <translation>Un punto duplicado (byte-stuffing)</translation>
    </message>
    <message>
        <source>This line of the message starts with a dot, so the server added a second one; the client removes it. That way a line of text can never be taken for the lone dot that ends the answer.</source>
        <translation>Esta línea del mensaje empieza por un punto, así que el servidor añadió otro; el cliente lo quita. Así, una línea de texto nunca se puede confundir con el punto solitario que termina la respuesta.</translation>
    </message>
    <message>
        <source>Blank line: end of the header</source>
        <translation>Línea en blanco: fin de la cabecera</translation>
    </message>
    <message>
        <source>The empty line separates the header (From, To, Subject…) from the body, the text of the message.</source>
        <translation>La línea vacía separa la cabecera (From, To, Subject…) del cuerpo, que es el texto del mensaje.</translation>
    </message>
    <message>
        <source>A line of the message body</source>
        <translation>Una línea del cuerpo del mensaje</translation>
    </message>
    <message>
        <source>Part of the text the sender wrote. It travels unchanged, line by line; each line ends with CR LF and may be at most 1000 octets long.</source>
        <translation>Parte del texto que escribió el remitente. Viaja sin cambios, línea a línea; cada línea termina con CR LF y puede tener como máximo 1000 octetos.</translation>
    </message>
    <message>
        <source>Continuation of a header field</source>
        <translation>Continuación de un campo de la cabecera</translation>
    </message>
    <message>
        <source>A header line that starts with a space or a tab continues the field above (folding), so that long fields fit in short lines.</source>
        <translation>Una línea de la cabecera que empieza por un espacio o un tabulador continúa el campo de arriba (plegado o folding), para que los campos largos quepan en líneas cortas.</translation>
    </message>
    <message>
        <source>From: who wrote the message</source>
        <translation>From: quién escribió el mensaje</translation>
    </message>
    <message>
        <source>The author's address, as the reader's mail client shows it. It belongs to the message, not to the envelope: the servers used MAIL FROM, which can be different.</source>
        <translation>La dirección del autor, tal como la muestra el cliente de correo del lector. Forma parte del mensaje, no del sobre: los servidores usaron MAIL FROM, que puede ser distinta.</translation>
    </message>
    <message>
        <source>Sender: who actually sent it</source>
        <translation>Sender: quién lo envió realmente</translation>
    </message>
    <message>
        <source>Used when the person who sends the message is not its author, such as a secretary.</source>
        <translation>Se usa cuando la persona que envía el mensaje no es su autor, por ejemplo, una secretaria.</translation>
    </message>
    <message>
        <source>Reply-To: where answers should go</source>
        <translation>Reply-To: adónde deben ir las respuestas</translation>
    </message>
    <message>
        <source>Replies go to this address instead of the From: address.</source>
        <translation>Las respuestas van a esta dirección en lugar de a la dirección de From:.</translation>
    </message>
    <message>
        <source>To: the main recipients</source>
        <translation>To: los destinatarios principales</translation>
    </message>
    <message>
        <source>The addresses the message is written to, as the reader sees them. The servers do not deliver by this line: they use RCPT TO from the envelope.</source>
        <translation>Las direcciones a las que va dirigido el mensaje, tal como las ve el lector. Los servidores no entregan el mensaje según esta línea: usan RCPT TO, que está en el sobre.</translation>
    </message>
    <message>
        <source>Cc: copies</source>
        <translation>Cc: copias</translation>
    </message>
    <message>
        <source>Other recipients who get a copy; everyone can see them.</source>
        <translation>Otros destinatarios que reciben una copia; todos pueden verlos.</translation>
    </message>
    <message>
        <source>Bcc: hidden copies</source>
        <translation>Bcc: copias ocultas</translation>
    </message>
    <message>
        <source>Recipients the others do not see.</source>
        <translation>Destinatarios que los demás no ven.</translation>
    </message>
    <message>
        <source>Subject: what the message is about</source>
        <translation>Subject: de qué trata el mensaje</translation>
    </message>
    <message>
        <source>A short line the reader sees in the list of messages. It is optional.</source>
        <translation>Una línea corta que el lector ve en la lista de mensajes. Es opcional.</translation>
    </message>
    <message>
        <source>Date: when the message was written</source>
        <translation>Date: cuándo se escribió el mensaje</translation>
    </message>
    <message>
        <source>The date and time the author's mail client sent the message, with its time zone.</source>
        <translation>La fecha y la hora en que el cliente de correo del autor envió el mensaje, con su zona horaria.</translation>
    </message>
    <message>
        <source>Message-ID: a unique name for this message</source>
        <translation>Message-ID: un nombre único para este mensaje</translation>
    </message>
    <message>
        <source>An identifier that no other message in the world has, made by the sender's mail client. Replies use it to refer to this message.</source>
        <translation>Un identificador que no tiene ningún otro mensaje del mundo, creado por el cliente de correo del remitente. Las respuestas lo usan para referirse a este mensaje.</translation>
    </message>
    <message>
        <source>In-Reply-To: the message this one answers</source>
        <translation>In-Reply-To: el mensaje al que responde este</translation>
    </message>
    <message>
        <source>The Message-ID of the message being answered.</source>
        <translation>El Message-ID del mensaje al que se responde.</translation>
    </message>
    <message>
        <source>References: the conversation so far</source>
        <translation>References: la conversación hasta ahora</translation>
    </message>
    <message>
        <source>The Message-IDs of the earlier messages in the conversation.</source>
        <translation>Los Message-ID de los mensajes anteriores de la conversación.</translation>
    </message>
    <message>
        <source>Received: a stamp from each server on the way</source>
        <translation>Received: un sello de cada servidor del camino</translation>
    </message>
    <message>
        <source>Every server that passes the message on adds a Received: field at the top, saying where the message came from, who received it and when. Read from the bottom up, they show the path of the message.</source>
        <translation>Cada servidor que reenvía el mensaje añade un campo Received: arriba del todo, que indica de dónde venía el mensaje, quién lo recibió y cuándo. Leídos de abajo arriba, muestran el recorrido del mensaje.</translation>
    </message>
    <message>
        <source>Return-Path: where errors go</source>
        <translation>Return-Path: adónde van los errores</translation>
    </message>
    <message>
        <source>The last server, which stores the message in the mailbox, writes here the sender of the envelope (MAIL FROM). Error reports about this message go to this address.</source>
        <translation>El último servidor, el que guarda el mensaje en el buzón, escribe aquí el remitente del sobre (MAIL FROM). Los avisos de error sobre este mensaje van a esta dirección.</translation>
    </message>
    <message>
        <source>MIME-Version: the message uses MIME</source>
        <translation>MIME-Version: el mensaje usa MIME</translation>
    </message>
    <message>
        <source>The message follows MIME, the extensions that allow accents, other languages, attachments and pictures in e-mail.</source>
        <translation>El mensaje sigue MIME, las extensiones que permiten acentos, otros idiomas, archivos adjuntos e imágenes en el correo electrónico.</translation>
    </message>
    <message>
        <source>Content-Type: what kind of content</source>
        <translation>Content-Type: qué tipo de contenido</translation>
    </message>
    <message>
        <source>What the body is, for example text/plain (plain text) or text/html, and its character set, such as UTF-8. MIME also uses it for attachments (multipart).</source>
        <translation>Qué es el cuerpo, por ejemplo text/plain (texto plano) o text/html, y su juego de caracteres, como UTF-8. MIME también lo usa para los archivos adjuntos (multipart).</translation>
    </message>
    <message>
        <source>Content-Transfer-Encoding: how the body is written</source>
        <translation>Content-Transfer-Encoding: cómo está escrito el cuerpo</translation>
    </message>
    <message>
        <source>How the body was turned into lines that SMTP can carry: 7bit (plain ASCII), 8bit, quoted-printable or base64.</source>
        <translation>Cómo se convirtió el cuerpo en líneas que SMTP puede transportar: 7bit (ASCII puro), 8bit, quoted-printable o base64.</translation>
    </message>
    <message>
        <source>A header field</source>
        <translation>Un campo de la cabecera</translation>
    </message>
    <message>
        <source>A field of the message header: a name, a colon and a value. Fields that a mail client does not know are simply kept.</source>
        <translation>Un campo de la cabecera del mensaje: un nombre, dos puntos y un valor. Los campos que un cliente de correo no conoce simplemente se conservan.</translation>
    </message>
    <message>
        <source>A TCP connection opens</source>
        <translation>Se abre una conexión TCP</translation>
    </message>
    <message>
        <source>Before any SMTP or POP3 line, the client opens a TCP connection to the server's port (25 for SMTP between servers, 587 for submission, 110 for POP3) with the three-way handshake: SYN, SYN-ACK, ACK. TCP then carries the lines reliably and in order. The server speaks first, with its greeting.</source>
        <translation>Antes de cualquier línea SMTP o POP3, el cliente abre una conexión TCP con el puerto del servidor (25 para SMTP entre servidores, 587 para el envío desde el cliente de correo, 110 para POP3) mediante la negociación en tres pasos (three-way handshake): SYN, SYN-ACK, ACK. Después, TCP transporta las líneas de forma fiable y en orden. El servidor habla primero, con su saludo.</translation>
    </message>
    <message>
        <source>The TCP connection closes</source>
        <translation>Se cierra la conexión TCP</translation>
    </message>
    <message>
        <source>The connection ends, normally after QUIT and its answer (221 in SMTP, +OK in POP3). Each side sends a FIN segment to say it has finished.</source>
        <translation>La conexión termina, normalmente después de QUIT y de su respuesta (221 en SMTP, +OK en POP3). Cada lado envía un segmento FIN para indicar que ha terminado.</translation>
    </message>
    <message>
        <source>DNS: which server takes mail for this domain?</source>
        <translation>DNS: ¿qué servidor recibe el correo de este dominio?</translation>
    </message>
    <message>
        <source>To send mail to user@domain, a server asks DNS for the domain's MX records: the names of its mail servers, each with a preference number (the lowest is tried first). If there is no MX record, the domain itself is tried. Then the server opens a TCP connection to port 25.</source>
        <translation>Para enviar correo a usuario@dominio, un servidor pide al DNS los registros MX del dominio: los nombres de sus servidores de correo, cada uno con un número de preferencia (se prueba primero el más bajo). Si no hay ningún registro MX, se prueba con el propio dominio. Después, el servidor abre una conexión TCP con el puerto 25.</translation>
    </message>
    <message>
        <source>The message queue</source>
        <translation>La cola de mensajes</translation>
    </message>
    <message>
        <source>A server that must pass a message on keeps it in a queue until the next server accepts it. If that server cannot be reached or answers with a 4xx code, the message waits and is tried again later, waiting longer each time (back-off). After too many attempts, or after a 5xx code, the sender gets an error report.</source>
        <translation>Un servidor que tiene que reenviar un mensaje lo guarda en una cola hasta que el siguiente servidor lo acepta. Si no se puede contactar con ese servidor o responde con un código 4xx, el mensaje espera y se vuelve a intentar más tarde, cada vez con una espera más larga (back-off). Tras demasiados intentos, o tras un código 5xx, el remitente recibe un aviso de error.</translation>
    </message>
    <message>
        <source>Delivery: into the mailbox, or back to the sender</source>
        <translation>Entrega: al buzón o de vuelta al remitente</translation>
    </message>
    <message>
        <source>The last server stores the message in the recipient's mailbox, adding Return-Path:; there it waits until the recipient downloads it with POP3. If the message cannot be delivered, the server sends an error report (a bounce) to the sender of the envelope.</source>
        <translation>El último servidor guarda el mensaje en el buzón del destinatario y añade Return-Path:; allí espera hasta que el destinatario lo descarga con POP3. Si el mensaje no se puede entregar, el servidor envía un aviso de error (un aviso de devolución o bounce) al remitente del sobre.</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Avisos de devolución</translation>
    </message>
    <message>
        <source>An error report is sent from the empty sender &lt;&gt;, so that it never causes another one.</source>
        <translation>Un aviso de error se envía desde el remitente vacío &lt;&gt;, para que nunca provoque otro.</translation>
    </message>
    <message>
        <source>A step of the story</source>
        <translation>Un paso de la historia</translation>
    </message>
    <message>
        <source>The scenario's narration: what happens next, in the words of the course.</source>
        <translation>La narración del escenario: lo que ocurre a continuación, con las palabras del curso.</translation>
    </message>
    <message>
        <source>A check of the scenario</source>
        <translation>Una comprobación del escenario</translation>
    </message>
    <message>
        <source>The scenario checks that the world is as expected, for example that a mailbox holds a message. OK means it is; FAILED means something went differently.</source>
        <translation>El escenario comprueba que el mundo está como se esperaba, por ejemplo, que un buzón contiene un mensaje. OK significa que es así; FAILED significa que algo ha salido de otra manera.</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>Something worth knowing that is not a line of a protocol, such as a connection that could not be made or a server that stopped listening.</source>
        <translation>Algo que conviene saber y que no es una línea de un protocolo, como una conexión que no se pudo establecer o un servidor que dejó de escuchar.</translation>
    </message>
    <message>
        <source>A reply without a valid code</source>
        <translation>Una respuesta sin un código válido</translation>
    </message>
    <message>
        <source>Every SMTP reply starts with a three-digit code. This line does not, so a client cannot understand it.</source>
        <translation>Toda respuesta SMTP empieza por un código de tres cifras. Esta línea no, así que un cliente no puede entenderla.</translation>
    </message>
    <message>
        <source>An extension the server offers</source>
        <translation>Una extensión que ofrece el servidor</translation>
    </message>
    <message>
        <source>A line of the answer to EHLO: one extension keyword, with its parameters.</source>
        <translation>Una línea de la respuesta a EHLO: una palabra clave de extensión, con sus parámetros.</translation>
    </message>
    <message>
        <source>The dash after the code means that more lines of this reply follow.</source>
        <translation>El guion que va después del código significa que siguen más líneas de esta respuesta.</translation>
    </message>
    <message>
        <source>The challenge decoded</source>
        <translation>El desafío descodificado</translation>
    </message>
    <message>
        <source>In base64, "%1" means "%2".</source>
        <translation>En base64, "%1" significa "%2".</translation>
    </message>
    <message>
        <source>[%1]: a response code</source>
        <translation>[%1]: un código de respuesta</translation>
    </message>
    <message>
        <source>A code in brackets that a program can understand.</source>
        <translation>Un código entre corchetes que un programa puede entender.</translation>
    </message>
    <message>
        <source>+OK: %1 worked</source>
        <translation>+OK: %1 ha funcionado</translation>
    </message>
    <message>
        <source>%1: success</source>
        <translation>%1: éxito</translation>
    </message>
    <message>
        <source>A 2xx code: the requested action was completed.</source>
        <translation>Un código 2xx: la acción solicitada se ha completado.</translation>
    </message>
    <message>
        <source>%1: go on</source>
        <translation>%1: adelante</translation>
    </message>
    <message>
        <source>A 3xx code: the server waits for more from the client.</source>
        <translation>Un código 3xx: el servidor espera algo más del cliente.</translation>
    </message>
    <message>
        <source>%1: temporary failure</source>
        <translation>%1: fallo temporal</translation>
    </message>
    <message>
        <source>A 4xx code: it did not work this time, but it may work later. A sending server keeps the message in its queue and tries again.</source>
        <translation>Un código 4xx: esta vez no ha funcionado, pero puede funcionar más tarde. El servidor que envía el mensaje lo guarda en su cola y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1: permanent failure</source>
        <translation>%1: fallo permanente</translation>
    </message>
    <message>
        <source>A 5xx code: it did not work and will not work if tried again the same way.</source>
        <translation>Un código 5xx: no ha funcionado y no funcionará si se vuelve a intentar de la misma manera.</translation>
    </message>
    <message>
        <source>%1: not a valid reply code</source>
        <translation>%1: no es un código de respuesta válido</translation>
    </message>
    <message>
        <source>SMTP reply codes start with 2, 3, 4 or 5.</source>
        <translation>Los códigos de respuesta SMTP empiezan por 2, 3, 4 o 5.</translation>
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
        <translation>Los tres números son la clase, el tema y el detalle.</translation>
    </message>
    <message>
        <source>%1: enhanced status code</source>
        <translation>%1: código de estado ampliado</translation>
    </message>
    <message>
        <source>Enhanced status code (%1). The three numbers are class, subject and detail.</source>
        <translation>Código de estado ampliado (%1). Los tres números son la clase, el tema y el detalle.</translation>
    </message>
    <message>
        <source>%1: a header field</source>
        <translation>%1: un campo de la cabecera</translation>
    </message>
    <message>
        <source>Opening (handshake)</source>
        <translation>Apertura (handshake)</translation>
    </message>
    <message>
        <source>Mail transfer</source>
        <translation>Transferencia del correo</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>AUTHORIZATION state</source>
        <translation>Estado AUTHORIZATION</translation>
    </message>
    <message>
        <source>TRANSACTION state</source>
        <translation>Estado TRANSACTION</translation>
    </message>
    <message>
        <source>UPDATE state</source>
        <translation>Estado UPDATE</translation>
    </message>
    <message>
        <source>Content-Disposition: show it, or keep it as a file</source>
        <translation>Content-Disposition: mostrarla o guardarla como archivo</translation>
    </message>
    <message>
        <source>Says whether a part is shown in the message (inline) or is an attachment, and its file name; a name with accents is written with RFC 2231's filename*=.</source>
        <translation>Indica si una parte se muestra en el mensaje (inline) o es un adjunto, y su nombre de archivo; un nombre con tildes se escribe con el filename*= del RFC 2231.</translation>
    </message>
    <message>
        <source>CAPABILITY: what can this server do?</source>
        <translation>CAPABILITY: ¿qué sabe hacer este servidor?</translation>
    </message>
    <message>
        <source>The client asks for the server&apos;s capabilities: IMAP4rev1 and the extensions it offers (IDLE, MOVE, UIDPLUS…). The answer comes untagged (* CAPABILITY), then the tagged OK.</source>
        <translation>El cliente pregunta por las capacidades del servidor: IMAP4rev1 y las extensiones que ofrece (IDLE, MOVE, UIDPLUS…). La respuesta llega sin etiqueta (* CAPABILITY) y después viene el OK con la etiqueta.</translation>
    </message>
    <message>
        <source>NOOP: anything new?</source>
        <translation>NOOP: ¿hay algo nuevo?</translation>
    </message>
    <message>
        <source>It does nothing, but before its OK the server tells what changed in the selected mailbox: new messages (EXISTS), deleted ones (EXPUNGE), changed flags.</source>
        <translation>No hace nada, pero antes de su OK el servidor cuenta qué ha cambiado en el buzón seleccionado: mensajes nuevos (EXISTS), mensajes borrados (EXPUNGE), marcas que han cambiado.</translation>
    </message>
    <message>
        <source>LOGOUT: end the session</source>
        <translation>LOGOUT: terminar la sesión</translation>
    </message>
    <message>
        <source>The server says BYE, answers OK and closes the connection. Unlike POP3&apos;s QUIT, nothing is deleted: the mail stays on the server.</source>
        <translation>El servidor dice BYE, responde OK y cierra la conexión. A diferencia del QUIT de POP3, no se borra nada: el correo se queda en el servidor.</translation>
    </message>
    <message>
        <source>LOGIN: user name and password</source>
        <translation>LOGIN: nombre de usuario y contraseña</translation>
    </message>
    <message>
        <source>The client logs in with a user name and a password, in clear text on this connection. If they are right the session goes from the not authenticated state to the authenticated state.</source>
        <translation>El cliente inicia sesión con un nombre de usuario y una contraseña, en texto claro en esta conexión. Si son correctos, la sesión pasa del estado no autenticado al estado autenticado.</translation>
    </message>
    <message>
        <source>AUTHENTICATE: log in with a SASL mechanism</source>
        <translation>AUTHENTICATE: iniciar sesión con un mecanismo SASL</translation>
    </message>
    <message>
        <source>With PLAIN, the user name and the password go in base64 after the server&apos;s &quot;+&quot;. Base64 is not encryption: anyone watching the network can decode it.</source>
        <translation>Con PLAIN, el nombre de usuario y la contraseña van en base64 después del &quot;+&quot; del servidor. Base64 no es cifrado: cualquiera que observe la red puede descodificarlo.</translation>
    </message>
    <message>
        <source>SELECT: open a mailbox</source>
        <translation>SELECT: abrir un buzón</translation>
    </message>
    <message>
        <source>The client opens a mailbox (a folder) to work in it. The server tells how many messages it holds (EXISTS), which flags exist, and its UIDVALIDITY and UIDNEXT; the session enters the selected state.</source>
        <translation>El cliente abre un buzón (una carpeta) para trabajar en él. El servidor indica cuántos mensajes contiene (EXISTS), qué marcas existen y sus UIDVALIDITY y UIDNEXT; la sesión pasa al estado seleccionado.</translation>
    </message>
    <message>
        <source>EXAMINE: open a mailbox read-only</source>
        <translation>EXAMINE: abrir un buzón en modo de solo lectura</translation>
    </message>
    <message>
        <source>Like SELECT, but nothing in the mailbox can change: no flag is set, not even \Seen when a message is read.</source>
        <translation>Como SELECT, pero nada del buzón puede cambiar: no se pone ninguna marca, ni siquiera \Seen cuando se lee un mensaje.</translation>
    </message>
    <message>
        <source>CREATE: a new folder</source>
        <translation>CREATE: una carpeta nueva</translation>
    </message>
    <message>
        <source>The mail stays on the server, organised in folders the user creates. &quot;/&quot; separates the levels (Escola/Redes).</source>
        <translation>El correo se queda en el servidor, organizado en carpetas que crea el usuario. &quot;/&quot; separa los niveles (Escola/Redes).</translation>
    </message>
    <message>
        <source>DELETE: remove a folder</source>
        <translation>DELETE: eliminar una carpeta</translation>
    </message>
    <message>
        <source>The folder and the messages in it are deleted. INBOX cannot be deleted.</source>
        <translation>Se borran la carpeta y los mensajes que contiene. INBOX no se puede borrar.</translation>
    </message>
    <message>
        <source>RENAME: rename a folder</source>
        <translation>RENAME: cambiar el nombre de una carpeta</translation>
    </message>
    <message>
        <source>The folder (and the folders inside it) takes the new name.</source>
        <translation>La carpeta (y las carpetas que hay dentro de ella) toma el nuevo nombre.</translation>
    </message>
    <message>
        <source>SUBSCRIBE: show this folder</source>
        <translation>SUBSCRIBE: mostrar esta carpeta</translation>
    </message>
    <message>
        <source>The folder joins the list the client shows (LSUB).</source>
        <translation>La carpeta entra en la lista que muestra el cliente (LSUB).</translation>
    </message>
    <message>
        <source>UNSUBSCRIBE: hide this folder</source>
        <translation>UNSUBSCRIBE: ocultar esta carpeta</translation>
    </message>
    <message>
        <source>The folder leaves the list the client shows (LSUB); it is not deleted.</source>
        <translation>La carpeta sale de la lista que muestra el cliente (LSUB); no se borra.</translation>
    </message>
    <message>
        <source>LIST: which folders are there?</source>
        <translation>LIST: ¿qué carpetas hay?</translation>
    </message>
    <message>
        <source>The server answers one * LIST line per folder that matches the pattern (&quot;*&quot; matches anything, &quot;%&quot; does not go down a level), with its attributes (\Sent, \Trash…) and the level separator.</source>
        <translation>El servidor responde con una línea * LIST por cada carpeta que coincide con el patrón (&quot;*&quot; coincide con cualquier cosa, &quot;%&quot; no baja de nivel), con sus atributos (\Sent, \Trash…) y el separador de niveles.</translation>
    </message>
    <message>
        <source>LSUB: the subscribed folders</source>
        <translation>LSUB: las carpetas suscritas</translation>
    </message>
    <message>
        <source>Like LIST, but only the folders the user subscribed to.</source>
        <translation>Como LIST, pero solo las carpetas a las que se ha suscrito el usuario.</translation>
    </message>
    <message>
        <source>STATUS: a folder&apos;s counts, without opening it</source>
        <translation>STATUS: los recuentos de una carpeta, sin abrirla</translation>
    </message>
    <message>
        <source>How many messages, how many unseen, the next UID… of a folder that is not the selected one.</source>
        <translation>Cuántos mensajes hay, cuántos sin leer, el siguiente UID… de una carpeta que no es la seleccionada.</translation>
    </message>
    <message>
        <source>APPEND: put a message in a folder</source>
        <translation>APPEND: poner un mensaje en una carpeta</translation>
    </message>
    <message>
        <source>The client uploads a whole message as a literal, for example to keep a copy of what it sent in Sent, as webmail does.</source>
        <translation>El cliente sube un mensaje entero como literal, por ejemplo para guardar en Sent una copia de lo que ha enviado, como hace el webmail.</translation>
    </message>
    <message>
        <source>CHECK: a checkpoint</source>
        <translation>CHECK: un punto de control</translation>
    </message>
    <message>
        <source>The server may tidy the mailbox up; here it just answers OK.</source>
        <translation>El servidor puede aprovechar para poner en orden el buzón; aquí solo responde OK.</translation>
    </message>
    <message>
        <source>CLOSE: close the mailbox, deleting what was marked</source>
        <translation>CLOSE: cerrar el buzón y borrar lo marcado</translation>
    </message>
    <message>
        <source>The messages with the \Deleted flag are removed silently and the session goes back to the authenticated state.</source>
        <translation>Los mensajes con la marca \Deleted se eliminan sin avisar y la sesión vuelve al estado autenticado.</translation>
    </message>
    <message>
        <source>UNSELECT: close the mailbox, deleting nothing</source>
        <translation>UNSELECT: cerrar el buzón sin borrar nada</translation>
    </message>
    <message>
        <source>Like CLOSE, but the messages marked \Deleted stay.</source>
        <translation>Como CLOSE, pero los mensajes marcados con \Deleted se quedan.</translation>
    </message>
    <message>
        <source>EXPUNGE: delete the marked messages</source>
        <translation>EXPUNGE: borrar los mensajes marcados</translation>
    </message>
    <message>
        <source>Deleting in IMAP takes two steps: STORE +FLAGS (\Deleted) marks, EXPUNGE deletes. The server says * n EXPUNGE for each, from the highest number down.</source>
        <translation>En IMAP, borrar lleva dos pasos: STORE +FLAGS (\Deleted) marca, EXPUNGE borra. El servidor dice * n EXPUNGE por cada mensaje, del número más alto al más bajo.</translation>
    </message>
    <message>
        <source>SEARCH: search on the server</source>
        <translation>SEARCH: buscar en el servidor</translation>
    </message>
    <message>
        <source>The server searches the mailbox (FROM, SUBJECT, BODY, UNSEEN, SINCE…) and answers with the numbers of the messages that match: nothing is downloaded to search.</source>
        <translation>El servidor busca en el buzón (FROM, SUBJECT, BODY, UNSEEN, SINCE…) y responde con los números de los mensajes que cumplen los criterios: para buscar no se descarga nada.</translation>
    </message>
    <message>
        <source>FETCH: download what is asked for</source>
        <translation>FETCH: descargar lo que se pide</translation>
    </message>
    <message>
        <source>Not necessarily the whole message: its flags, its size, its envelope, its structure (BODYSTRUCTURE) or only one part (BODY[1]) or the first octets (&lt;0.100&gt;). Reading the text with BODY[…] sets \Seen; BODY.PEEK[…] does not.</source>
        <translation>No necesariamente el mensaje entero: sus marcas, su tamaño, su sobre, su estructura (BODYSTRUCTURE) o solo una parte (BODY[1]) o los primeros octetos (&lt;0.100&gt;). Leer el texto con BODY[…] pone \Seen; BODY.PEEK[…] no.</translation>
    </message>
    <message>
        <source>STORE: change flags</source>
        <translation>STORE: cambiar marcas</translation>
    </message>
    <message>
        <source>+FLAGS adds flags, -FLAGS removes them, FLAGS replaces them: \Seen (read), \Flagged (important), \Deleted (to delete at EXPUNGE).</source>
        <translation>+FLAGS añade marcas, -FLAGS las quita, FLAGS las sustituye: \Seen (leído), \Flagged (importante), \Deleted (para borrar con EXPUNGE).</translation>
    </message>
    <message>
        <source>COPY: copy messages to a folder</source>
        <translation>COPY: copiar mensajes a una carpeta</translation>
    </message>
    <message>
        <source>The messages are copied on the server, without crossing the network again. With UIDPLUS the OK says their new UIDs (COPYUID).</source>
        <translation>Los mensajes se copian en el servidor, sin volver a atravesar la red. Con UIDPLUS, el OK indica sus nuevos UID (COPYUID).</translation>
    </message>
    <message>
        <source>MOVE: move messages to a folder</source>
        <translation>MOVE: mover mensajes a una carpeta</translation>
    </message>
    <message>
        <source>A copy and an expunge in one step: the messages leave this folder (* n EXPUNGE) and appear in the other.</source>
        <translation>Una copia y un EXPUNGE en un solo paso: los mensajes salen de esta carpeta (* n EXPUNGE) y aparecen en la otra.</translation>
    </message>
    <message>
        <source>UID: the same command, by unique identifier</source>
        <translation>UID: el mismo comando, por identificador único</translation>
    </message>
    <message>
        <source>Message numbers change when messages are deleted; UIDs never do. UID FETCH, UID SEARCH, UID STORE… name messages by UID, as clients that keep a copy do.</source>
        <translation>Los números de los mensajes cambian cuando se borran mensajes; los UID, nunca. UID FETCH, UID SEARCH, UID STORE… nombran los mensajes por su UID, como hacen los clientes que guardan una copia.</translation>
    </message>
    <message>
        <source>IDLE: tell me when mail arrives</source>
        <translation>IDLE: avísame cuando llegue correo</translation>
    </message>
    <message>
        <source>After the server&apos;s &quot;+&quot;, the client just waits: the server sends * n EXISTS as soon as a message is stored. DONE ends the wait.</source>
        <translation>Después del &quot;+&quot; del servidor, el cliente solo espera: el servidor envía * n EXISTS en cuanto se guarda un mensaje. DONE termina la espera.</translation>
    </message>
    <message>
        <source>DONE: stop waiting</source>
        <translation>DONE: dejar de esperar</translation>
    </message>
    <message>
        <source>Ends IDLE; the server answers the IDLE command&apos;s tag with OK.</source>
        <translation>Termina IDLE; el servidor responde a la etiqueta del comando IDLE con OK.</translation>
    </message>
    <message>
        <source>NAMESPACE: where the folders live</source>
        <translation>NAMESPACE: dónde están las carpetas</translation>
    </message>
    <message>
        <source>The prefix and separator of the user&apos;s own folders.</source>
        <translation>El prefijo y el separador de las carpetas propias del usuario.</translation>
    </message>
    <message>
        <source>ID: who are you?</source>
        <translation>ID: ¿quién eres?</translation>
    </message>
    <message>
        <source>Client and server tell each other their names and versions.</source>
        <translation>El cliente y el servidor se dicen mutuamente sus nombres y versiones.</translation>
    </message>
    <message>
        <source>ENABLE: switch an extension on</source>
        <translation>ENABLE: activar una extensión</translation>
    </message>
    <message>
        <source>The server answers * ENABLED with the extensions it switched on.</source>
        <translation>El servidor responde * ENABLED con las extensiones que ha activado.</translation>
    </message>
    <message>
        <source>An IMAP command</source>
        <translation>Un comando IMAP</translation>
    </message>
    <message>
        <source>Every IMAP command starts with a tag the client chooses (A1, a002…); the server&apos;s final answer to it carries the same tag, so answers can be told apart.</source>
        <translation>Cada comando IMAP empieza con una etiqueta que elige el cliente (A1, a002…); la respuesta final del servidor lleva la misma etiqueta, así que se puede distinguir a qué comando responde cada una.</translation>
    </message>
    <message>
        <source>* OK: the server greets</source>
        <translation>* OK: el servidor saluda</translation>
    </message>
    <message>
        <source>The IMAP server is ready; the session is in the not authenticated state. The client must log in (LOGIN or AUTHENTICATE) before anything else.</source>
        <translation>El servidor IMAP está listo; la sesión está en el estado no autenticado. El cliente tiene que iniciar sesión (LOGIN o AUTHENTICATE) antes de nada.</translation>
    </message>
    <message>
        <source>+: go on</source>
        <translation>+: adelante</translation>
    </message>
    <message>
        <source>The server is ready for the rest of the command: the octets of a literal, an AUTHENTICATE response, or (in IDLE) it is waiting.</source>
        <translation>El servidor está listo para el resto del comando: los octetos de un literal, la respuesta del cliente en AUTHENTICATE o (en IDLE) indica que está esperando.</translation>
    </message>
    <message>
        <source>A literal: octets counted in advance</source>
        <translation>Un literal: octetos contados de antemano</translation>
    </message>
    <message>
        <source>After {n} come exactly n octets, whatever they hold (line ends too): a message, a part of one, a password. The number in braces says where they end.</source>
        <translation>Después de {n} vienen exactamente n octetos, contengan lo que contengan (también finales de línea): un mensaje, una parte de uno, una contraseña. El número entre llaves indica dónde terminan.</translation>
    </message>
    <message>
        <source>The AUTHENTICATE response</source>
        <translation>La respuesta del cliente en AUTHENTICATE</translation>
    </message>
    <message>
        <source>For PLAIN: authorisation identity, user name and password separated by NUL octets, in base64. Base64 is not encryption.</source>
        <translation>Para PLAIN: la identidad de autorización, el nombre de usuario y la contraseña separados por octetos NUL, en base64. Base64 no es cifrado.</translation>
    </message>
    <message>
        <source>OK: the command with this tag worked</source>
        <translation>OK: el comando con esta etiqueta ha funcionado</translation>
    </message>
    <message>
        <source>The final answer to the command with the same tag. What the server had to say came before it, untagged (* …).</source>
        <translation>La respuesta final al comando con la misma etiqueta. Lo que el servidor tenía que decir llegó antes, sin etiqueta (* …).</translation>
    </message>
    <message>
        <source>NO: the command with this tag failed</source>
        <translation>NO: el comando con esta etiqueta ha fallado</translation>
    </message>
    <message>
        <source>The command was understood but could not be done: a wrong password, a folder that does not exist…</source>
        <translation>El comando se ha entendido, pero no se ha podido llevar a cabo: una contraseña incorrecta, una carpeta que no existe…</translation>
    </message>
    <message>
        <source>BAD: the server did not understand</source>
        <translation>BAD: el servidor no ha entendido</translation>
    </message>
    <message>
        <source>A command unknown, badly written, or not valid in this state (FETCH before SELECT). Too many of them and the server says BYE.</source>
        <translation>Un comando desconocido, mal escrito o no válido en este estado (FETCH antes de SELECT). Si hay demasiados, el servidor dice BYE.</translation>
    </message>
    <message>
        <source>* CAPABILITY: the server&apos;s abilities</source>
        <translation>* CAPABILITY: las capacidades del servidor</translation>
    </message>
    <message>
        <source>IMAP4rev1 and the extensions this server offers.</source>
        <translation>IMAP4rev1 y las extensiones que ofrece este servidor.</translation>
    </message>
    <message>
        <source>* LIST: a folder</source>
        <translation>* LIST: una carpeta</translation>
    </message>
    <message>
        <source>Its attributes (\HasChildren, \Sent, \Trash…), the separator between levels and its name.</source>
        <translation>Sus atributos (\HasChildren, \Sent, \Trash…), el separador entre niveles y su nombre.</translation>
    </message>
    <message>
        <source>* LSUB: a subscribed folder</source>
        <translation>* LSUB: una carpeta suscrita</translation>
    </message>
    <message>
        <source>A folder the user subscribed to.</source>
        <translation>Una carpeta a la que se ha suscrito el usuario.</translation>
    </message>
    <message>
        <source>* STATUS: a folder&apos;s counts</source>
        <translation>* STATUS: los recuentos de una carpeta</translation>
    </message>
    <message>
        <source>The numbers STATUS asked for.</source>
        <translation>Los números que ha pedido STATUS.</translation>
    </message>
    <message>
        <source>* SEARCH: the messages that match</source>
        <translation>* SEARCH: los mensajes que cumplen los criterios</translation>
    </message>
    <message>
        <source>Their numbers (or UIDs, for UID SEARCH). The search ran on the server; only these numbers crossed the network.</source>
        <translation>Sus números (o UID, con UID SEARCH). La búsqueda se ha hecho en el servidor; solo estos números han atravesado la red.</translation>
    </message>
    <message>
        <source>* FLAGS: the flags in this mailbox</source>
        <translation>* FLAGS: las marcas de este buzón</translation>
    </message>
    <message>
        <source>\Seen (read), \Answered, \Flagged (important), \Deleted (to delete) and \Draft.</source>
        <translation>\Seen (leído), \Answered, \Flagged (importante), \Deleted (para borrar) y \Draft.</translation>
    </message>
    <message>
        <source>* n EXISTS: messages in the mailbox</source>
        <translation>* n EXISTS: mensajes en el buzón</translation>
    </message>
    <message>
        <source>How many messages the mailbox holds now. When it grows while the client is connected (in IDLE, or at a NOOP), new mail has arrived.</source>
        <translation>Cuántos mensajes contiene ahora el buzón. Si el número crece mientras el cliente está conectado (en IDLE o con un NOOP), ha llegado correo nuevo.</translation>
    </message>
    <message>
        <source>* n RECENT: new since the last session</source>
        <translation>* n RECENT: nuevos desde la última sesión</translation>
    </message>
    <message>
        <source>Messages no session has seen yet (IMAP4rev2 dropped it).</source>
        <translation>Mensajes que todavía no ha visto ninguna sesión (IMAP4rev2 lo suprimió).</translation>
    </message>
    <message>
        <source>* n EXPUNGE: a message was deleted</source>
        <translation>* n EXPUNGE: se ha borrado un mensaje</translation>
    </message>
    <message>
        <source>Message number n is gone and every message after it moves down one number. A POP3 deletion shows up like this too, once its session QUITs.</source>
        <translation>El mensaje número n ha desaparecido y cada mensaje posterior baja un número. Un borrado hecho con POP3 también se ve así, una vez que su sesión hace QUIT.</translation>
    </message>
    <message>
        <source>* n FETCH: data about a message</source>
        <translation>* n FETCH: datos de un mensaje</translation>
    </message>
    <message>
        <source>What FETCH asked for (or flags that changed): FLAGS, UID, RFC822.SIZE, ENVELOPE, BODYSTRUCTURE, or a section&apos;s octets in a literal {n}.</source>
        <translation>Lo que ha pedido FETCH (o marcas que han cambiado): FLAGS, UID, RFC822.SIZE, ENVELOPE, BODYSTRUCTURE o los octetos de una sección en un literal {n}.</translation>
    </message>
    <message>
        <source>* BYE: the server closes</source>
        <translation>* BYE: el servidor cierra</translation>
    </message>
    <message>
        <source>After LOGOUT, after too long without commands, or after too many errors.</source>
        <translation>Después de LOGOUT, después de demasiado tiempo sin comandos o después de demasiados errores.</translation>
    </message>
    <message>
        <source>* OK: information</source>
        <translation>* OK: información</translation>
    </message>
    <message>
        <source>Untagged: not the end of a command but a note, often with a code in brackets ([UIDVALIDITY], [UNSEEN]…).</source>
        <translation>Sin etiqueta: no es el final de un comando, sino una nota, a menudo con un código entre corchetes ([UIDVALIDITY], [UNSEEN]…).</translation>
    </message>
    <message>
        <source>* NO: a warning</source>
        <translation>* NO: un aviso</translation>
    </message>
    <message>
        <source>Untagged: a warning, not the end of a command.</source>
        <translation>Sin etiqueta: un aviso, no el final de un comando.</translation>
    </message>
    <message>
        <source>* BAD: a line the server could not read</source>
        <translation>* BAD: una línea que el servidor no ha podido leer</translation>
    </message>
    <message>
        <source>Untagged: the server could not even find the tag.</source>
        <translation>Sin etiqueta: el servidor ni siquiera ha podido encontrar la etiqueta.</translation>
    </message>
    <message>
        <source>* NAMESPACE: where the folders live</source>
        <translation>* NAMESPACE: dónde están las carpetas</translation>
    </message>
    <message>
        <source>Personal folders, with no prefix and &quot;/&quot; between levels.</source>
        <translation>Carpetas personales, sin prefijo y con &quot;/&quot; entre niveles.</translation>
    </message>
    <message>
        <source>* ID: the server&apos;s name</source>
        <translation>* ID: el nombre del servidor</translation>
    </message>
    <message>
        <source>Field and value pairs about the server program.</source>
        <translation>Pares de campo y valor sobre el programa servidor.</translation>
    </message>
    <message>
        <source>* ENABLED: extensions switched on</source>
        <translation>* ENABLED: extensiones activadas</translation>
    </message>
    <message>
        <source>The ones ENABLE asked for that the server switched on.</source>
        <translation>Las que ha pedido ENABLE y que el servidor ha activado.</translation>
    </message>
    <message>
        <source>[UIDVALIDITY]: the UIDs&apos; generation</source>
        <translation>[UIDVALIDITY]: la generación de los UID</translation>
    </message>
    <message>
        <source>While it stays the same, a UID always names the same message; a client that keeps a copy checks it.</source>
        <translation>Mientras no cambie, un UID siempre designa el mismo mensaje; un cliente que guarda una copia lo comprueba.</translation>
    </message>
    <message>
        <source>[UIDNEXT]: the next UID</source>
        <translation>[UIDNEXT]: el siguiente UID</translation>
    </message>
    <message>
        <source>The UID the next message will get.</source>
        <translation>El UID que recibirá el siguiente mensaje.</translation>
    </message>
    <message>
        <source>[UNSEEN]: the first unread message</source>
        <translation>[UNSEEN]: el primer mensaje sin leer</translation>
    </message>
    <message>
        <source>The number of the first message without \Seen.</source>
        <translation>El número del primer mensaje sin \Seen.</translation>
    </message>
    <message>
        <source>[PERMANENTFLAGS]: flags that are kept</source>
        <translation>[PERMANENTFLAGS]: marcas que se conservan</translation>
    </message>
    <message>
        <source>The flags the client may change for good; \* allows new keywords.</source>
        <translation>Las marcas que el cliente puede cambiar de forma permanente; \* permite palabras clave nuevas.</translation>
    </message>
    <message>
        <source>[READ-WRITE]: the mailbox can change</source>
        <translation>[READ-WRITE]: el buzón puede cambiar</translation>
    </message>
    <message>
        <source>Opened with SELECT: flags and deletions are allowed.</source>
        <translation>Abierto con SELECT: se permiten marcas y borrados.</translation>
    </message>
    <message>
        <source>[READ-ONLY]: the mailbox cannot change</source>
        <translation>[READ-ONLY]: el buzón no puede cambiar</translation>
    </message>
    <message>
        <source>Opened with EXAMINE: nothing can be changed.</source>
        <translation>Abierto con EXAMINE: no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>[TRYCREATE]: the folder does not exist</source>
        <translation>[TRYCREATE]: la carpeta no existe</translation>
    </message>
    <message>
        <source>A CREATE first would let this command work.</source>
        <translation>Con un CREATE antes, este comando funcionaría.</translation>
    </message>
    <message>
        <source>[APPENDUID]: the new message&apos;s UID</source>
        <translation>[APPENDUID]: el UID del mensaje nuevo</translation>
    </message>
    <message>
        <source>The folder&apos;s UIDVALIDITY and the UID the appended message got.</source>
        <translation>El UIDVALIDITY de la carpeta y el UID que ha recibido el mensaje añadido.</translation>
    </message>
    <message>
        <source>[COPYUID]: the copies&apos; UIDs</source>
        <translation>[COPYUID]: los UID de las copias</translation>
    </message>
    <message>
        <source>The target folder&apos;s UIDVALIDITY, the UIDs copied and the new ones.</source>
        <translation>El UIDVALIDITY de la carpeta de destino, los UID copiados y los nuevos.</translation>
    </message>
    <message>
        <source>[AUTHENTICATIONFAILED]: wrong credentials</source>
        <translation>[AUTHENTICATIONFAILED]: credenciales incorrectas</translation>
    </message>
    <message>
        <source>[NONEXISTENT]: no such folder</source>
        <translation>[NONEXISTENT]: esa carpeta no existe</translation>
    </message>
    <message>
        <source>The folder named does not exist.</source>
        <translation>La carpeta indicada no existe.</translation>
    </message>
    <message>
        <source>[ALREADYEXISTS]: the folder exists</source>
        <translation>[ALREADYEXISTS]: la carpeta ya existe</translation>
    </message>
    <message>
        <source>A folder with that name is already there.</source>
        <translation>Ya hay una carpeta con ese nombre.</translation>
    </message>
    <message>
        <source>[CAPABILITY]: the abilities, said in passing</source>
        <translation>[CAPABILITY]: las capacidades, dichas de paso</translation>
    </message>
    <message>
        <source>Saves the client a CAPABILITY command.</source>
        <translation>Le ahorra al cliente un comando CAPABILITY.</translation>
    </message>
    <message>
        <source>Only a part: the course&apos;s partial download</source>
        <translation>Solo una parte: la descarga parcial del curso</translation>
    </message>
    <message>
        <source>IMAP can download part of a message: BODYSTRUCTURE first, then only the text (BODY.PEEK[1]) and not the attachments, or only the first octets. POP3&apos;s RETR always downloads the whole message.</source>
        <translation>IMAP puede descargar parte de un mensaje: primero BODYSTRUCTURE, después solo el texto (BODY.PEEK[1]) y no los adjuntos, o solo los primeros octetos. El RETR de POP3 siempre descarga el mensaje entero.</translation>
    </message>
    <message>
        <source>454 Temporary failure: TLS or login not available (try later)</source>
        <translation>454 Fallo temporal: TLS o el inicio de sesión no disponibles (intentar más tarde)</translation>
    </message>
    <message>
        <source>The server cannot start TLS (or check a login) right now. It is temporary: the client may try again later, or go on without encryption if its policy allows it.</source>
        <translation>El servidor no puede iniciar TLS (o comprobar un inicio de sesión) ahora mismo. Es temporal: el cliente puede intentarlo de nuevo más tarde, o seguir sin cifrado si su política lo permite.</translation>
    </message>
    <message>
        <source>220: ready to start TLS</source>
        <translation>220: listo para iniciar TLS</translation>
    </message>
    <message>
        <source>The server agrees to encrypt. The next bytes on the wire are the TLS handshake, not SMTP lines. Anything the client sent after STARTTLS without waiting for this reply is thrown away, so that nobody can slip a command in before encryption starts. After the handshake everything starts again: the client says EHLO, and the server forgets the earlier EHLO and any login.</source>
        <translation>El servidor acepta cifrar. Los siguientes bytes en la red son la negociación TLS, no líneas SMTP. Todo lo que el cliente enviara después de STARTTLS sin esperar esta respuesta se descarta, para que nadie pueda colar una orden antes de que empiece el cifrado. Después de la negociación todo empieza de nuevo: el cliente dice EHLO, y el servidor olvida el EHLO anterior y cualquier inicio de sesión.</translation>
    </message>
    <message>
        <source>454: TLS not available right now</source>
        <translation>454: TLS no disponible ahora</translation>
    </message>
    <message>
        <source>The server cannot start TLS at the moment. A client that requires encryption gives up and keeps the mail for later; an opportunistic one goes on in clear.</source>
        <translation>El servidor no puede iniciar TLS en este momento. Un cliente que exige cifrado desiste y guarda el correo para más tarde; uno oportunista sigue en claro.</translation>
    </message>
    <message>
        <source>501: STARTTLS takes no parameters</source>
        <translation>501: STARTTLS no lleva parámetros</translation>
    </message>
    <message>
        <source>The command is just STARTTLS, alone on its line.</source>
        <translation>La orden es solo STARTTLS, sola en su línea.</translation>
    </message>
    <message>
        <source>554: TLS is already active</source>
        <translation>554: TLS ya está activo</translation>
    </message>
    <message>
        <source>The connection is already encrypted: STARTTLS can be used only once, and the server no longer lists it in its EHLO reply.</source>
        <translation>La conexión ya está cifrada: STARTTLS solo se puede usar una vez, y el servidor ya no lo incluye en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>530: STARTTLS first</source>
        <translation>530: primero STARTTLS</translation>
    </message>
    <message>
        <source>This server does not accept a password over an unencrypted connection (Postfix calls it smtpd_tls_auth_only), so it did not list AUTH in its EHLO reply. The client must say STARTTLS first; inside TLS, the new EHLO reply offers AUTH.</source>
        <translation>Este servidor no acepta una contraseña por una conexión sin cifrar (Postfix lo llama smtpd_tls_auth_only), así que no incluyó AUTH en su respuesta a EHLO. El cliente tiene que decir STARTTLS primero; dentro de TLS, la nueva respuesta a EHLO ofrece AUTH.</translation>
    </message>
    <message>
        <source>STLS: switch to an encrypted connection</source>
        <translation>STLS: pasar a una conexión cifrada</translation>
    </message>
    <message>
        <source>Before logging in, the client asks to encrypt the rest of the session with TLS, so that USER and PASS cannot be read on the way. It is only valid in the AUTHORIZATION state. Anything the client sent after STLS without waiting for the answer is thrown away.</source>
        <translation>Antes de iniciar sesión, el cliente pide cifrar el resto de la sesión con TLS, para que USER y PASS no se puedan leer por el camino. Solo es válida en el estado AUTHORIZATION. Todo lo que el cliente enviara después de STLS sin esperar la respuesta se descarta.</translation>
    </message>
    <message>
        <source>+OK: begin TLS</source>
        <translation>+OK: empieza TLS</translation>
    </message>
    <message>
        <source>The next bytes on the wire are the TLS handshake. After it the session is still in the AUTHORIZATION state and the client logs in as usual, now encrypted; it should ask CAPA again, since what the server said before may have been changed on the way.</source>
        <translation>Los siguientes bytes en la red son la negociación TLS. Después de ella la sesión sigue en el estado AUTHORIZATION y el cliente inicia sesión como siempre, ahora cifrado; debería pedir CAPA de nuevo, ya que lo que el servidor dijo antes pudo ser cambiado por el camino.</translation>
    </message>
    <message>
        <source>Capability: STLS</source>
        <translation>Capacidad: STLS</translation>
    </message>
    <message>
        <source>The server can encrypt the session with STLS before the login. Once TLS is on, it is no longer listed.</source>
        <translation>El servidor puede cifrar la sesión con STLS antes del inicio de sesión. Una vez activo TLS, ya no aparece en la lista.</translation>
    </message>
    <message>
        <source>STARTTLS: switch to an encrypted connection</source>
        <translation>STARTTLS: pasar a una conexión cifrada</translation>
    </message>
    <message>
        <source>Before logging in, the client asks to encrypt the rest of the session with TLS. The server answers OK with the same tag and the TLS handshake starts; anything the client sent after STARTTLS without waiting is thrown away. Then the client asks CAPABILITY again, since what was said before may have been changed on the way.</source>
        <translation>Antes de iniciar sesión, el cliente pide cifrar el resto de la sesión con TLS. El servidor responde OK con la misma etiqueta y empieza la negociación TLS; todo lo que el cliente enviara después de STARTTLS sin esperar se descarta. Después el cliente pide CAPABILITY de nuevo, ya que lo dicho antes pudo ser cambiado por el camino.</translation>
    </message>
    <message>
        <source>[PRIVACYREQUIRED]: encrypt first</source>
        <translation>[PRIVACYREQUIRED]: primero cifrar</translation>
    </message>
    <message>
        <source>The server does not take a password over an unencrypted connection. The client must say STARTTLS (or connect to port 993, IMAPS) before logging in.</source>
        <translation>El servidor no acepta una contraseña por una conexión sin cifrar. El cliente tiene que decir STARTTLS (o conectarse al puerto 993, IMAPS) antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>The client may encrypt the session with the STARTTLS command before logging in.</source>
        <translation>El cliente puede cifrar la sesión con la orden STARTTLS antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>LOGINDISABLED: no password in clear</source>
        <translation>LOGINDISABLED: ninguna contraseña en claro</translation>
    </message>
    <message>
        <source>The server refuses LOGIN on this unencrypted connection, and the client must not even try: first STARTTLS, then LOGIN inside TLS.</source>
        <translation>El servidor rechaza LOGIN en esta conexión sin cifrar, y el cliente ni siquiera debe intentarlo: primero STARTTLS, después LOGIN dentro de TLS.</translation>
    </message>
    <message>
        <source>ClientHello: the client proposes how to talk securely</source>
        <translation>ClientHello: el cliente propone cómo hablar de forma segura</translation>
    </message>
    <message>
        <source>The first TLS message, still in clear. The client lists the TLS versions and the cipher suites it can use, sends a random number and (in TLS 1.3) its half of a Diffie-Hellman key exchange, and names the server it wants to reach (SNI). Anyone on the wire can read it; nothing secret is in it.</source>
        <translation>El primer mensaje TLS, todavía en claro. El cliente enumera las versiones de TLS y las suites de cifrado que puede usar, envía un número aleatorio y (en TLS 1.3) su mitad de un intercambio de claves Diffie-Hellman, y nombra el servidor al que quiere llegar (SNI). Cualquiera en la red puede leerlo; no lleva nada secreto.</translation>
    </message>
    <message>
        <source>ServerHello: the server chooses</source>
        <translation>ServerHello: el servidor elige</translation>
    </message>
    <message>
        <source>The server picks one version and one cipher suite from the client's list and sends its own random number and (in TLS 1.3) its half of the key exchange. From the two halves both sides compute the same keys, which never cross the wire. In TLS 1.3 everything after this message is encrypted.</source>
        <translation>El servidor elige una versión y una suite de cifrado de la lista del cliente y envía su propio número aleatorio y (en TLS 1.3) su mitad del intercambio de claves. Con las dos mitades ambos lados calculan las mismas claves, que nunca cruzan la red. En TLS 1.3 todo lo que viene después de este mensaje va cifrado.</translation>
    </message>
    <message>
        <source>EncryptedExtensions: the rest of the server's answer</source>
        <translation>EncryptedExtensions: el resto de la respuesta del servidor</translation>
    </message>
    <message>
        <source>TLS 1.3 only: the server's answers to the client's extensions that need not be read before the keys are ready (for example which application protocol was chosen). It is the first encrypted message: someone watching sees only its size.</source>
        <translation>Solo en TLS 1.3: las respuestas del servidor a las extensiones del cliente que no hace falta leer antes de tener las claves (por ejemplo, qué protocolo de aplicación se eligió). Es el primer mensaje cifrado: quien espía solo ve su tamaño.</translation>
    </message>
    <message>
        <source>Certificate: the server shows who it is</source>
        <translation>Certificate: el servidor muestra quién es</translation>
    </message>
    <message>
        <source>The server sends its certificate: its name, its public key and the signature of the authority that issued it (here the classroom CA). The client checks that the name is the one it wanted to reach, that the certificate has not expired and that the signature comes from an authority it trusts. If not, it refuses and ends the connection with an alert.</source>
        <translation>El servidor envía su certificado: su nombre, su clave pública y la firma de la autoridad que lo emitió (aquí la CA del aula). El cliente comprueba que el nombre es el del servidor al que quería llegar, que el certificado no ha caducado y que la firma viene de una autoridad en la que confía. Si no, lo rechaza y termina la conexión con una alerta.</translation>
    </message>
    <message>
        <source>CertificateRequest: the server asks for the client's certificate</source>
        <translation>CertificateRequest: el servidor pide el certificado del cliente</translation>
    </message>
    <message>
        <source>The server asks the client to prove who it is with a certificate too. Mail servers rarely do; clients usually log in with a password instead, inside TLS.</source>
        <translation>El servidor pide al cliente que también pruebe quién es con un certificado. Los servidores de correo pocas veces lo hacen; los clientes suelen identificarse con una contraseña, dentro de TLS.</translation>
    </message>
    <message>
        <source>CertificateVerify: proof of owning the certificate</source>
        <translation>CertificateVerify: prueba de ser el dueño del certificado</translation>
    </message>
    <message>
        <source>The server signs everything said so far with the private key of its certificate. A certificate is public and anyone can copy it; only its owner can make this signature, so the client now knows it talks to the real server.</source>
        <translation>El servidor firma todo lo dicho hasta ahora con la clave privada de su certificado. Un certificado es público y cualquiera puede copiarlo; solo su dueño puede hacer esta firma, así que el cliente ya sabe que habla con el servidor de verdad.</translation>
    </message>
    <message>
        <source>Finished: the handshake was not tampered with</source>
        <translation>Finished: nadie manipuló el handshake</translation>
    </message>
    <message>
        <source>Each side sends a code computed with the new keys over every handshake message. If someone in the middle had changed a message (removed a strong cipher suite, say), the codes would not match and the connection would end. After both Finished messages the application's lines travel encrypted.</source>
        <translation>Cada lado envía un código calculado con las nuevas claves sobre todos los mensajes del handshake. Si alguien en medio cambiara un mensaje (quitando una suite de cifrado fuerte, por ejemplo), los códigos no coincidirían y la conexión terminaría. Después de los dos mensajes Finished las líneas de la aplicación viajan cifradas.</translation>
    </message>
    <message>
        <source>NewSessionTicket: a ticket to come back faster</source>
        <translation>NewSessionTicket: un tique para volver más rápido</translation>
    </message>
    <message>
        <source>After the handshake the server may give the client a ticket. Next time, the client shows it to resume the session without a full handshake (no certificate again).</source>
        <translation>Después del handshake el servidor puede dar al cliente un tique. La próxima vez, el cliente lo presenta para retomar la sesión sin un handshake completo (sin certificado otra vez).</translation>
    </message>
    <message>
        <source>KeyUpdate: new keys for a long session</source>
        <translation>KeyUpdate: claves nuevas para una sesión larga</translation>
    </message>
    <message>
        <source>One side switches to fresh keys derived from the current ones, so that a very long session does not encrypt too much with the same key.</source>
        <translation>Un lado pasa a usar claves nuevas derivadas de las actuales, para que una sesión muy larga no cifre demasiado con la misma clave.</translation>
    </message>
    <message>
        <source>ServerKeyExchange: the server's half of the key exchange</source>
        <translation>ServerKeyExchange: la mitad del servidor en el intercambio de claves</translation>
    </message>
    <message>
        <source>TLS 1.2: the server sends its Diffie-Hellman public value, signed with its certificate's key so that nobody in the middle can replace it.</source>
        <translation>TLS 1.2: el servidor envía su valor público Diffie-Hellman, firmado con la clave de su certificado para que nadie en medio pueda sustituirlo.</translation>
    </message>
    <message>
        <source>ServerHelloDone: the server's turn is over</source>
        <translation>ServerHelloDone: termina el turno del servidor</translation>
    </message>
    <message>
        <source>TLS 1.2: the server has said everything for this part of the handshake and waits for the client.</source>
        <translation>TLS 1.2: el servidor ya ha dicho todo lo de esta parte del handshake y espera al cliente.</translation>
    </message>
    <message>
        <source>ClientKeyExchange: the client's half of the key exchange</source>
        <translation>ClientKeyExchange: la mitad del cliente en el intercambio de claves</translation>
    </message>
    <message>
        <source>TLS 1.2: the client sends its Diffie-Hellman public value. Now both sides can compute the same secret keys, which never cross the wire.</source>
        <translation>TLS 1.2: el cliente envía su valor público Diffie-Hellman. Ahora ambos lados pueden calcular las mismas claves secretas, que nunca cruzan la red.</translation>
    </message>
    <message>
        <source>ChangeCipherSpec: encrypted from the next record</source>
        <translation>ChangeCipherSpec: cifrado desde el siguiente registro</translation>
    </message>
    <message>
        <source>TLS 1.2: the sender says that its next records are encrypted with the keys just agreed. TLS 1.3 has no use for it but may still send one, only so that old middleboxes that expect it let the connection through.</source>
        <translation>TLS 1.2: quien lo envía dice que sus siguientes registros van cifrados con las claves recién acordadas. TLS 1.3 no lo necesita, pero puede enviarlo igualmente, solo para que los equipos intermedios antiguos que lo esperan dejen pasar la conexión.</translation>
    </message>
    <message>
        <source>Alert close_notify: the session ends cleanly</source>
        <translation>Alerta close_notify: la sesión termina limpiamente</translation>
    </message>
    <message>
        <source>The sender will send nothing more in this TLS session. Saying so, encrypted, before TCP closes lets the peer know that no data was cut off by an attacker closing the connection.</source>
        <translation>Quien la envía ya no enviará nada más en esta sesión TLS. Decirlo, cifrado, antes de que TCP cierre permite al otro lado saber que ningún atacante cortó datos cerrando la conexión.</translation>
    </message>
    <message>
        <source>Alert bad_certificate: the certificate was refused</source>
        <translation>Alerta bad_certificate: se rechazó el certificado</translation>
    </message>
    <message>
        <source>The certificate could not be accepted: for example it names another host than the one the client wanted to reach, or its signature is wrong. The connection ends before anything secret is sent.</source>
        <translation>No se pudo aceptar el certificado: por ejemplo, nombra otra máquina distinta de la que el cliente quería alcanzar, o su firma es incorrecta. La conexión termina antes de enviar nada secreto.</translation>
    </message>
    <message>
        <source>Alert certificate_expired: the certificate is out of date</source>
        <translation>Alerta certificate_expired: el certificado ha caducado</translation>
    </message>
    <message>
        <source>The certificate's validity period is over (or has not begun). A client must not trust it, even if the rest is right: the connection ends.</source>
        <translation>El periodo de validez del certificado ha terminado (o todavía no ha empezado). Un cliente no debe confiar en él, aunque el resto esté bien: la conexión termina.</translation>
    </message>
    <message>
        <source>Alert unknown_ca: signed by an authority nobody trusts</source>
        <translation>Alerta unknown_ca: firmado por una autoridad en la que nadie confía</translation>
    </message>
    <message>
        <source>The certificate chain does not lead to an authority the client trusts, as with a self-signed certificate or one from a CA the client was never given. Trusting the classroom CA (carteiro --export-ca) is what makes its certificates acceptable.</source>
        <translation>La cadena del certificado no lleva a una autoridad en la que el cliente confíe, como pasa con un certificado autofirmado o con uno de una CA que el cliente nunca recibió. Confiar en la CA del aula (carteiro --export-ca) es lo que hace aceptables sus certificados.</translation>
    </message>
    <message>
        <source>Alert certificate_unknown: the certificate was not accepted</source>
        <translation>Alerta certificate_unknown: no se aceptó el certificado</translation>
    </message>
    <message>
        <source>Some other problem with the certificate made it unacceptable. The connection ends.</source>
        <translation>Otro problema con el certificado lo hizo inaceptable. La conexión termina.</translation>
    </message>
    <message>
        <source>Alert handshake_failure: no common ground</source>
        <translation>Alerta handshake_failure: sin nada en común</translation>
    </message>
    <message>
        <source>The two sides could not agree on security parameters, for example no cipher suite that both accept. The connection ends.</source>
        <translation>Los dos lados no pudieron ponerse de acuerdo en los parámetros de seguridad, por ejemplo ninguna suite de cifrado que acepten ambos. La conexión termina.</translation>
    </message>
    <message>
        <source>Alert protocol_version: no common TLS version</source>
        <translation>Alerta protocol_version: ninguna versión de TLS en común</translation>
    </message>
    <message>
        <source>The peer offered only versions this side refuses (older than TLS 1.2 here). The connection ends.</source>
        <translation>El otro lado solo ofreció versiones que este lado rechaza (aquí, anteriores a TLS 1.2). La conexión termina.</translation>
    </message>
    <message>
        <source>Alert decode_error: this is not TLS</source>
        <translation>Alerta decode_error: esto no es TLS</translation>
    </message>
    <message>
        <source>A message could not be read: its fields were out of range or its length wrong, as when something that is not TLS arrives where a handshake should be.</source>
        <translation>No se pudo leer un mensaje: sus campos estaban fuera de rango o su longitud era incorrecta, como cuando llega algo que no es TLS donde debería ir un handshake.</translation>
    </message>
    <message>
        <source>A TLS alert</source>
        <translation>Una alerta TLS</translation>
    </message>
    <message>
        <source>An alert tells the peer that something went wrong (or, for close_notify, that the session ends). Every alert but close_notify and user_canceled ends the connection at once.</source>
        <translation>Una alerta dice al otro lado que algo fue mal (o, en el caso de close_notify, que la sesión termina). Todas las alertas salvo close_notify y user_canceled terminan la conexión de inmediato.</translation>
    </message>
    <message>
        <source>A TLS handshake message</source>
        <translation>Un mensaje del handshake TLS</translation>
    </message>
    <message>
        <source>Part of the TLS handshake, in which client and server agree on a version and a cipher suite, the server proves who it is with its certificate, and both compute the keys that encrypt the rest of the connection.</source>
        <translation>Parte del handshake TLS, en el que cliente y servidor acuerdan una versión y una suite de cifrado, el servidor prueba quién es con su certificado, y ambos calculan las claves que cifran el resto de la conexión.</translation>
    </message>
    <message>
        <source>The certificate shown</source>
        <translation>El certificado presentado</translation>
    </message>
    <message>
        <source>Subject: %1. Issued (signed) by: %2.</source>
        <translation>Titular: %1. Emitido (firmado) por: %2.</translation>
    </message>
    <message>
        <source>A TLS record</source>
        <translation>Un registro TLS</translation>
    </message>
    <message>
        <source>TLS cuts what it sends into records of at most 16384 octets. Each starts with a 5-octet header in clear (content type, version, length); after the handshake the rest is encrypted and ends with an authentication tag, so that nobody can read or change it unnoticed.</source>
        <translation>TLS corta lo que envía en registros de como mucho 16384 octetos. Cada uno empieza con una cabecera de 5 octetos en claro (tipo de contenido, versión, longitud); después del handshake el resto va cifrado y termina con una etiqueta de autenticación, para que nadie pueda leerlo ni cambiarlo sin que se note.</translation>
    </message>
    <message>
        <source>Encrypted from here</source>
        <translation>Cifrado desde aquí</translation>
    </message>
    <message>
        <source>The TLS handshake is over: both sides hold the same keys, agreed without sending them, and the client has checked the server's certificate. Every line after this mark on this connection travels inside encrypted records: the hosts read the lines, anyone on the wire sees only the records' sizes.</source>
        <translation>El handshake TLS ha terminado: ambos lados tienen las mismas claves, acordadas sin enviarlas, y el cliente ha comprobado el certificado del servidor. Cada línea después de esta marca en esta conexión viaja dentro de registros cifrados: las máquinas leen las líneas, quien mire la red solo ve el tamaño de los registros.</translation>
    </message>
    <message>
        <source>Encrypted, but with whom?</source>
        <translation>Cifrado, ¿pero con quién?</translation>
    </message>
    <message>
        <source>The certificate was not verified (a relay's opportunistic TLS accepts any): the connection is safe from someone who only listens, not from someone in the middle who presents a certificate of their own.</source>
        <translation>No se verificó el certificado (el TLS oportunista de un reenviador acepta cualquiera): la conexión está a salvo de quien solo escucha, no de alguien en medio que presente un certificado propio.</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>Falló TLS</translation>
    </message>
    <message>
        <source>The handshake did not end in an encrypted session (an alert says why, for example a refused certificate). Nothing more is said on this connection, neither in clear nor encrypted; a mail client reports the error and a relay keeps the message in its queue.</source>
        <translation>El handshake no terminó en una sesión cifrada (una alerta dice por qué, por ejemplo un certificado rechazado). Ya no se dice nada más en esta conexión, ni en claro ni cifrado; un cliente de correo informa del error y un reenviador guarda el mensaje en su cola.</translation>
    </message>
    <message>
        <source>Postfix: recipient address rejected</source>
        <translation>Postfix: dirección del destinatario rechazada</translation>
    </message>
    <message>
        <source>Postfix refuses this recipient before any message is sent, and says why after the colon. When the reason is only a domain name, the server is configured as &quot;Local only&quot; (default_transport = error): mail for other domains may not leave the machine, and Postfix says so at once, naming the domain. Choose &quot;Internet Site&quot; (dpkg-reconfigure postfix) to send mail to other domains.</source>
        <translation>Postfix rechaza este destinatario antes de que se envíe ningún mensaje, y dice por qué después de los dos puntos. Cuando la razón es solo un nombre de dominio, el servidor está configurado como &quot;Solo correo local&quot; (default_transport = error): el correo para otros dominios no puede salir de la máquina, y Postfix lo dice de inmediato, nombrando el dominio. Elige &quot;Sitio de Internet&quot; (dpkg-reconfigure postfix) para enviar correo a otros dominios.</translation>
    </message>
    <message>
        <source>Postfix: an address without a domain gets @$myorigin</source>
        <translation>Postfix: una dirección sin dominio recibe @$myorigin</translation>
    </message>
    <message>
        <source>The client gave an address without a domain (RCPT TO:&lt;fran&gt;). Postfix completes every such address in the envelope with the domain of myorigin (append_at_myorigin; on Debian myorigin = /etc/mailname, the system mail name), so fran becomes fran@servidor.edu. If that domain is in mydestination, the mail stays on this server, in fran&apos;s mailbox.</source>
        <translation>El cliente dio una dirección sin dominio (RCPT TO:&lt;fran&gt;). Postfix completa cada dirección así del sobre con el dominio de myorigin (append_at_myorigin; en Debian myorigin = /etc/mailname, el nombre de correo del sistema), así que fran pasa a ser fran@servidor.edu. Si ese dominio está en mydestination, el correo se queda en este servidor, en el buzón de fran.</translation>
    </message>
    <message>
        <source>Postfix &quot;Local only&quot;: mail may not leave the machine</source>
        <translation>Postfix &quot;Solo correo local&quot;: el correo no puede salir de la máquina</translation>
    </message>
    <message>
        <source>With the type of configuration &quot;Local only&quot;, Debian&apos;s installation writes default_transport = error and relay_transport = error: mail for any domain outside mydestination goes to the error transport, which delivers nothing. Over SMTP Postfix refuses such a recipient at once (550 5.1.1, the domain as the reason); a message already in the queue is returned to its sender with a delivery status notification (5.0.0).</source>
        <translation>Con el tipo de configuración &quot;Solo correo local&quot;, la instalación de Debian escribe default_transport = error y relay_transport = error: el correo para cualquier dominio fuera de mydestination va al transporte error, que no entrega nada. Por SMTP Postfix rechaza ese destinatario de inmediato (550 5.1.1, con el dominio como razón); un mensaje que ya está en la cola vuelve a su remitente con un aviso de estado de entrega (5.0.0).</translation>
    </message>
    <message>
        <source>Postfix: the sender address belongs to another user</source>
        <translation>Postfix: la dirección del remitente es de otro usuario</translation>
    </message>
    <message>
        <source>The client logged in (AUTH) as one user and gave in MAIL FROM the address of another account of this server. A server that let it through would let any student send mail as a classmate, so Postfix refuses the sender (reject_sender_login_mismatch, with smtpd_sender_login_maps saying which login owns which address). Give your own address in MAIL FROM, or log in as its owner.</source>
        <translation>El cliente se identificó (AUTH) como un usuario y dio en MAIL FROM la dirección de otra cuenta de este servidor. Un servidor que lo dejara pasar permitiría que cualquier alumno enviara correo en nombre de un compañero, así que Postfix rechaza el remitente (reject_sender_login_mismatch, con smtpd_sender_login_maps diciendo qué usuario es dueño de cada dirección). Pon tu propia dirección en MAIL FROM, o identifícate como su dueño.</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>connection #%1, open at the same time as %2 between the same hosts: its arrows are the ones marked #%1</source>
        <translation>conexión #%1, abierta a la vez que %2 entre los mismos hosts: sus flechas son las marcadas #%1</translation>
    </message>
    <message>
        <source>Select a line of the timeline to see its bytes and what it means.</source>
        <translation>Al seleccionar una línea de la cronología se ven sus bytes y lo que significa.</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>Bytes en la red</translation>
    </message>
    <message>
        <source>%1%2 is CR LF (octets 13 and 10), the end of every line in SMTP and POP3; %3 is a tab. Octets that cannot be printed are shown as \xNN.</source>
        <translation>%1%2 es CR LF (octetos 13 y 10), el final de cada línea en SMTP y POP3; %3 es un tabulador. Los octetos que no se pueden imprimir se muestran como \xNN.</translation>
    </message>
    <message>
        <source>the world</source>
        <translation>el mundo</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 client to server</source>
        <translation>%1 de cliente a servidor</translation>
    </message>
    <message>
        <source>%1 server to client</source>
        <translation>%1 de servidor a cliente</translation>
    </message>
    <message>
        <source>connection #%1</source>
        <translation>conexión #%1</translation>
    </message>
    <message>
        <source>at %1 s</source>
        <translation>a los %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s) on the wire: the line and its CR LF</source>
        <translation>
            <numerusform>%n octeto en la red: la línea y su CR LF</numerusform>
            <numerusform>%n octetos en la red: la línea y su CR LF</numerusform>
        </translation>
    </message>
    <message>
        <source>Password shown on purpose, as in the course: anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</source>
        <translation>Contraseña visible a propósito, como en el curso: cualquiera que pueda observar la red puede leer esta línea. Los servidores reales primero cifran la conexión con TLS.</translation>
    </message>
    <message>
        <source>Password shown on purpose, as in the course:</source>
        <translation>Contraseña visible a propósito, como en el curso:</translation>
    </message>
    <message>
        <source>anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</source>
        <translation>cualquiera que pueda observar la red puede leer esta línea. Los servidores reales primero cifran la conexión con TLS.</translation>
    </message>
    <message>
        <source>Base64 is not encryption; decoded, it reads: %1</source>
        <translation>Base64 no es cifrado; una vez decodificado, dice: %1</translation>
    </message>
    <message>
        <source>(start of the connection)</source>
        <translation>(inicio de la conexión)</translation>
    </message>
    <message>
        <source>(connection closed)</source>
        <translation>(conexión cerrada)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(nada todavía)</translation>
    </message>
    <message>
        <source>Phase before: %1 · this line: %2 · after: %3</source>
        <translation>Fase anterior: %1 · esta línea: %2 · después: %3</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>A new phase starts with this line.</source>
        <translation>Con esta línea empieza una fase nueva.</translation>
    </message>
    <message>
        <source>The next line starts a new phase.</source>
        <translation>Con la línea siguiente empieza una fase nueva.</translation>
    </message>
    <message>
        <source>In answer to: %1 %2</source>
        <translation>En respuesta a: %1 %2</translation>
    </message>
    <message>
        <source>Defined in %1</source>
        <translation>Definido en %1</translation>
    </message>
    <message>
        <source>What anyone on the wire sees</source>
        <translation>Lo que ve cualquiera en la red</translation>
    </message>
    <message numerus="yes">
        <source>A TLS record of %n octet(s); its 5-octet header is in clear:</source>
        <translation>
            <numerusform>Un registro TLS de %n octeto; su cabecera de 5 octetos va en claro:</numerusform>
            <numerusform>Un registro TLS de %n octetos; su cabecera de 5 octetos va en claro:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — content type: %2 (%3)</source>
        <translation>%1 — tipo de contenido: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — version: %2 (TLS 1.3 writes 0x0303 here too, for old middleboxes)</source>
        <translation>%1 — versión: %2 (TLS 1.3 también escribe 0x0303 aquí, por los equipos intermedios antiguos)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — length: %n octet(s) follow</source>
        <translation>
            <numerusform>%1 — longitud: sigue %n octeto</numerusform>
            <numerusform>%1 — longitud: siguen %n octetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n octet(s) of ciphertext ending in a 16-octet authentication tag: only the two hosts hold the keys to read it. The real content type is hidden inside (RFC 8446 §5.2).</source>
        <translation>
            <numerusform>Después, %n octeto de texto cifrado que termina en una etiqueta de autenticación de 16 octetos: solo las dos máquinas tienen las claves para leerlo. El tipo de contenido real va oculto dentro (RFC 8446 §5.2).</numerusform>
            <numerusform>Después, %n octetos de texto cifrado que terminan en una etiqueta de autenticación de 16 octetos: solo las dos máquinas tienen las claves para leerlos. El tipo de contenido real va oculto dentro (RFC 8446 §5.2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n octet(s) of the message in clear: nothing secret is in it.</source>
        <translation>
            <numerusform>Después, %n octeto del mensaje en claro: no lleva nada secreto.</numerusform>
            <numerusform>Después, %n octetos del mensaje en claro: no lleva nada secreto.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not a TLS record header)</source>
        <translation>(no es una cabecera de registro TLS)</translation>
    </message>
    <message>
        <source>What %1 reads (decrypted)</source>
        <translation>Lo que lee %1 (descifrado)</translation>
    </message>
    <message>
        <source>A password, but inside TLS: it crossed the wire only as ciphertext, in the record shown below; only %1 reads it.</source>
        <translation>Una contraseña, pero dentro de TLS: cruzó la red solo como texto cifrado, en el registro que se muestra debajo; solo %1 la lee.</translation>
    </message>
    <message>
        <source>TLS handshake message</source>
        <translation>Mensaje del handshake TLS</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s) of plaintext: the line and its CR LF, encrypted inside the record below</source>
        <translation>
            <numerusform>%n octeto de texto en claro: la línea y su CR LF, cifrados dentro del registro de abajo</numerusform>
            <numerusform>%n octetos de texto en claro: la línea y su CR LF, cifrados dentro del registro de abajo</numerusform>
        </translation>
    </message>
    <message>
        <source>A password in clear text, masked here as ****: anyone who can watch the network can read this line. Real servers first encrypt the connection with TLS.</source>
        <translation>Una contraseña en claro, aquí oculta como ****: cualquiera que pueda observar la red puede leer esta línea. Los servidores reales cifran antes la conexión con TLS.</translation>
    </message>
</context>
<context>
    <name>MailClient</name>
    <message>
        <source>%1 does not offer 8BITMIME: the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>%1 no ofrece 8BITMIME: el mensaje se ha vuelto a codificar en 7 bits (quoted-printable)</translation>
    </message>
    <message>
        <source>%1 was greeted with HELO, which gets no extensions (no 8BITMIME): the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>Se saludó a %1 con HELO, que no da extensiones (tampoco 8BITMIME): el mensaje se ha vuelto a codificar en 7 bits (quoted-printable)</translation>
    </message>
</context>
<context>
    <name>MailClientWindow</name>
    <message>
        <source>Downloaded on demand from %1: %2 (the text was already here).</source>
        <translation>Descargado bajo demanda de %1: %2 (el texto ya estaba aquí).</translation>
    </message>
    <message>
        <source>Downloads only the attachments left on the server (UID FETCH … BODY.PEEK[part])</source>
        <translation>Descarga solo los adjuntos que quedaron en el servidor (UID FETCH … BODY.PEEK[parte])</translation>
    </message>
    <message>
        <source>Download a&amp;ttachments</source>
        <translation>Descargar ad&amp;juntos</translation>
    </message>
    <message>
        <source>&amp;IMAP: leave the mail on the server</source>
        <translation>&amp;IMAP: dejar el correo en el servidor</translation>
    </message>
    <message>
        <source>Downloads the new mail from %1's server by POP3 (port 110) or IMAP (port 143)</source>
        <translation>Descarga el correo nuevo del servidor de %1 por POP3 (puerto 110) o IMAP (puerto 143)</translation>
    </message>
    <message>
        <source>The mail stays on the server, in its folders; only the text is downloaded, and the attachments stay there too.</source>
        <translation>El correo se queda en el servidor, en sus carpetas; solo se descarga el texto, y los adjuntos también se quedan allí.</translation>
    </message>
    <message>
        <source>When fetching mail</source>
        <translation>Al descargar el correo</translation>
    </message>
    <message numerus="yes">
        <source>IMAP: %n new message(s); %1 of %2 octets downloaded, %3 attachment(s) left on the server, which keeps all %4 message(s).</source>
        <translation>
            <numerusform>IMAP: %n mensaje nuevo; se descargaron %1 de %2 octetos, se quedaron %3 adjunto(s) en el servidor, que guarda los %4 mensaje(s).</numerusform>
            <numerusform>IMAP: %n mensajes nuevos; se descargaron %1 de %2 octetos, se quedaron %3 adjunto(s) en el servidor, que guarda los %4 mensaje(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending… playback is paused: press Play (Space) or Step (Right) in the main window to let its lines go out.</source>
        <translation>Enviando… la reproducción está en pausa: pulsa Reproducir (Espacio) o Paso (Derecha) en la ventana principal para que salgan sus líneas.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>No messages yet: press Fetch.</source>
        <translation>Aún no hay mensajes: hay que pulsar Recibir.</translation>
    </message>
    <message>
        <source>Choose a message to read it.</source>
        <translation>Hay que elegir un mensaje para leerlo.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>This mail client is gone (the scenario restarted).</source>
        <translation>Este cliente de correo ya no existe (el escenario se ha reiniciado).</translation>
    </message>
    <message>
        <source>%1's mail client (%2)</source>
        <translation>Cliente de correo de %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Bandeja de entrada</translation>
    </message>
    <message>
        <source>C&amp;ompose</source>
        <translation>Re&amp;dactar</translation>
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
        <translation>fran@servidor.edu (si son varias, separadas por comas)</translation>
    </message>
    <message>
        <source>Write the message here.</source>
        <translation>Aquí va el texto del mensaje.</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Hands the message to %1's server by SMTP (port 587, with a password)</source>
        <translation>Entrega el mensaje al servidor de %1 por SMTP (puerto 587, con contraseña)</translation>
    </message>
    <message>
        <source>Download and &amp;delete</source>
        <translation>Descargar y b&amp;orrar</translation>
    </message>
    <message>
        <source>Download and &amp;keep</source>
        <translation>Descargar y &amp;mantener</translation>
    </message>
    <message>
        <source>The messages are deleted from the server once downloaded: no other client can read them again.</source>
        <translation>Los mensajes se borran del servidor una vez descargados: ningún otro cliente podrá volver a leerlos.</translation>
    </message>
    <message>
        <source>The messages stay on the server: another client can read the same mail again.</source>
        <translation>Los mensajes se quedan en el servidor: otro cliente puede volver a leer el mismo correo.</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Recibir</translation>
    </message>
    <message>
        <source>Downloads the new mail from %1's server by POP3 (port 110)</source>
        <translation>Descarga el correo nuevo del servidor de %1 por POP3 (puerto 110)</translation>
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
        <translation>Hay que escribir al menos una dirección en Para.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Not sent: the server answered %1 with %2</source>
        <translation>No enviado: el servidor respondió a %1 con %2</translation>
    </message>
    <message>
        <source>Not sent for now (a temporary failure, try again later): %1</source>
        <translation>No enviado de momento (fallo temporal; se puede volver a intentar más tarde): %1</translation>
    </message>
    <message>
        <source>Refused for %1: %2</source>
        <translation>Rechazado para %1: %2</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Recibiendo…</translation>
    </message>
    <message>
        <source>Fetch failed: %1</source>
        <translation>Error al recibir: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) downloaded; the server keeps all %1.</source>
        <translation>
            <numerusform>%n mensaje nuevo descargado; el servidor los conserva todos (%1).</numerusform>
            <numerusform>%n mensajes nuevos descargados; el servidor los conserva todos (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) downloaded and deleted from the server.</source>
        <translation>
            <numerusform>%n mensaje descargado y borrado del servidor.</numerusform>
            <numerusform>%n mensajes descargados y borrados del servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is too big to attach (%2; at most %3).</source>
        <translation>%1 es demasiado grande para adjuntarlo (%2; como máximo %3).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>or drop files on this window.</source>
        <translation>o arrastrar archivos a esta ventana.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 (about %2 in base64)</source>
        <translation>
            <numerusform>%n archivo, %1 (unos %2 en base64)</numerusform>
            <numerusform>%n archivos, %1 (unos %2 en base64)</numerusform>
        </translation>
    </message>
    <message>
        <source>Base64 (RFC 2045 §6.8) writes every 3 bytes of a file as 4 letters, in lines of 76: the message is about a third bigger than its files.</source>
        <translation>Base64 (RFC 2045 §6.8) escribe cada 3 bytes de un archivo como 4 letras, en líneas de 76: el mensaje ocupa aproximadamente un tercio más que sus archivos.</translation>
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
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <source>Adds files to the message: MIME (RFC 2045, 2046) carries them as parts, encoded in base64</source>
        <translation>Añade archivos al mensaje: MIME (RFC 2045, 2046) los transporta como partes, codificados en base64</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Takes the selected files out of the message (Delete)</source>
        <translation>Quita del mensaje los archivos seleccionados (Supr)</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>sin marcas</translation>
    </message>
    <message>
        <source>UID %1 — %2</source>
        <translation>UID %1 — %2</translation>
    </message>
    <message>
        <source>Folders on the server</source>
        <translation>Carpetas en el servidor</translation>
    </message>
    <message>
        <source>folder name</source>
        <translation>nombre de la carpeta</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Creates a folder with this name on the server (CREATE)</source>
        <translation>Crea en el servidor una carpeta con este nombre (CREATE)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Gives the selected folder this name (RENAME)</source>
        <translation>Da este nombre a la carpeta elegida (RENAME)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deletes the selected folder and its messages from the server (DELETE)</source>
        <translation>Elimina del servidor la carpeta elegida y sus mensajes (DELETE)</translation>
    </message>
    <message>
        <source>Sets or clears the \Flagged flag on the server (UID STORE)</source>
        <translation>Pone o quita la marca \Flagged en el servidor (UID STORE)</translation>
    </message>
    <message>
        <source>Sets or clears the \Seen flag on the server (UID STORE)</source>
        <translation>Pone o quita la marca \Seen en el servidor (UID STORE)</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Mover a:</translation>
    </message>
    <message>
        <source>Moves the message to another folder on the server (UID MOVE)</source>
        <translation>Mueve el mensaje a otra carpeta del servidor (UID MOVE)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Destacados</translation>
    </message>
    <message>
        <source>search on the server</source>
        <translation>buscar en el servidor</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Busca&amp;r</translation>
    </message>
    <message>
        <source>The server searches the folder (UID SEARCH): nothing is downloaded for it</source>
        <translation>El servidor busca en la carpeta (UID SEARCH): no se descarga nada para ello</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todos</translation>
    </message>
    <message>
        <source>Stay connected (IDLE)</source>
        <translation>Seguir conectado (IDLE)</translation>
    </message>
    <message>
        <source>Keeps a connection open in IDLE: the server tells of new mail in INBOX as soon as it arrives</source>
        <translation>Mantiene una conexión abierta en IDLE: el servidor avisa del correo nuevo en INBOX en cuanto llega</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marcar como no &amp;leído</translation>
    </message>
    <message>
        <source>Mark as r&amp;ead</source>
        <translation>Marcar como l&amp;eído</translation>
    </message>
    <message>
        <source>Unfla&amp;g</source>
        <translation>Quitar &amp;destacado</translation>
    </message>
    <message>
        <source>Fla&amp;g</source>
        <translation>&amp;Destacar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Moves the message to Trash; in Trash, marks it \Deleted and EXPUNGE removes it from the server</source>
        <translation>Mueve el mensaje a la papelera (Trash); en la papelera, lo marca \Deleted y EXPUNGE lo borra del servidor</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Preguntando a %1…</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 rechazó: %2</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; created on %2.</source>
        <translation>Carpeta «%1» creada en %2.</translation>
    </message>
    <message>
        <source>Folder renamed to &quot;%1&quot; on %2.</source>
        <translation>Carpeta renombrada a «%1» en %2.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; deleted from %2.</source>
        <translation>Carpeta «%1» eliminada de %2.</translation>
    </message>
    <message>
        <source>Marked as read (\Seen) on %1.</source>
        <translation>Marcado como leído (\Seen) en %1.</translation>
    </message>
    <message>
        <source>Marked as unread (no \Seen) on %1.</source>
        <translation>Marcado como no leído (sin \Seen) en %1.</translation>
    </message>
    <message>
        <source>Flagged (\Flagged) on %1.</source>
        <translation>Destacado (\Flagged) en %1.</translation>
    </message>
    <message>
        <source>Flag cleared on %1.</source>
        <translation>Destacado quitado en %1.</translation>
    </message>
    <message>
        <source>Moved to &quot;%1&quot; on %2.</source>
        <translation>Movido a «%1» en %2.</translation>
    </message>
    <message>
        <source>Deleted: moved to &quot;%1&quot; on %2 (it can still be recovered from there).</source>
        <translation>Eliminado: movido a «%1» en %2 (aún se puede recuperar de allí).</translation>
    </message>
    <message>
        <source>Deleted for good: marked \Deleted and expunged from %1.</source>
        <translation>Eliminado para siempre: marcado \Deleted y borrado de %1 (EXPUNGE).</translation>
    </message>
    <message>
        <source>Connected to %1 in IDLE: new mail will show up by itself.</source>
        <translation>Conectado a %1 en IDLE: el correo nuevo aparecerá solo.</translation>
    </message>
    <message numerus="yes">
        <source>New mail: %n message(s) arrived in INBOX while connected (IDLE).</source>
        <translation>
            <numerusform>Correo nuevo: llegó %n mensaje a INBOX mientras estabas conectado (IDLE).</numerusform>
            <numerusform>Correo nuevo: llegaron %n mensajes a INBOX mientras estabas conectado (IDLE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched on %1: %2 of %n message(s)</source>
        <translation>
            <numerusform>Buscado en %1: %2 de %n mensaje</numerusform>
            <numerusform>Buscado en %1: %2 de %n mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>%1: the MX of %2 is this server itself, but %2 is not in its mydestination (Postfix: "mail for %2 loops back to myself")</source>
        <translation>%1: el MX de %2 es este mismo servidor, pero %2 no está en su mydestination (Postfix: "mail for %2 loops back to myself")</translation>
    </message>
    <message>
        <source>%1 goes to the relayhost %2, without asking the DNS for an MX</source>
        <translation>%1 va al relayhost %2, sin preguntar al DNS por un MX</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (después de %2)</translation>
    </message>
    <message numerus="yes">
        <source>stored in the mailbox of %1 (%n message(s))</source>
        <translation>
            <numerusform>guardado en el buzón de %1 (%n mensaje)</numerusform>
            <numerusform>guardado en el buzón de %1 (%n mensajes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 queued for %2 (%3 in the queue)</source>
        <translation>%1 en la cola para %2 (%3 en la cola)</translation>
    </message>
    <message>
        <source>MX %1? no MX record; trying %1 itself</source>
        <translation>MX %1? no hay registro MX; se prueba con el propio %1</translation>
    </message>
    <message>
        <source>%1 delivered to %2; removed from the queue</source>
        <translation>%1 entregado a %2; sale de la cola</translation>
    </message>
    <message>
        <source>%1 refused for good: %2; bouncing to the sender</source>
        <translation>%1 rechazado definitivamente: %2; se devuelve al remitente</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>%1 deferred %2 times (%3); giving up and bouncing</source>
        <translation>%1 aplazado %2 veces (%3); se abandona y se devuelve al remitente</translation>
    </message>
    <message>
        <source>%1 deferred (%2); attempt %3 of %4 in %5 s</source>
        <translation>%1 aplazado (%2); intento %3 de %4 dentro de %5 s</translation>
    </message>
    <message>
        <source>%1: a bounce could not be delivered; dropped, as RFC 5321 §4.5.5 says</source>
        <translation>%1: no se pudo entregar un aviso de devolución; se descarta, como dice el RFC 5321 §4.5.5</translation>
    </message>
    <message>
        <source>bounce to %1 for %2</source>
        <translation>aviso de devolución a %1 por %2</translation>
    </message>
    <message>
        <source>%1 does not offer 8BITMIME: the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>%1 no ofrece 8BITMIME: el mensaje se ha vuelto a codificar en 7 bits (quoted-printable)</translation>
    </message>
    <message>
        <source>%1 was greeted with HELO, which gets no extensions (no 8BITMIME): the message was re-encoded to 7-bit (quoted-printable)</source>
        <translation>Se saludó a %1 con HELO, que no da extensiones (tampoco 8BITMIME): el mensaje se ha vuelto a codificar en 7 bits (quoted-printable)</translation>
    </message>
    <message>
        <source>fault: %1 answers %2 with "%3"</source>
        <translation>avería: %1 responde a %2 con "%3"</translation>
    </message>
    <message>
        <source>fault: %1 cuts the connection in the middle of the message</source>
        <translation>fallo: %1 corta la conexión a mitad del mensaje</translation>
    </message>
    <message>
        <source>fault: %1 cuts the connection at %2</source>
        <translation>fallo: %1 corta la conexión en %2</translation>
    </message>
    <message>
        <source>%1 is not a queue entry (%2); skipped</source>
        <translation>%1 no es una entrada de la cola (%2); se omite</translation>
    </message>
    <message>
        <source>it does not start with "Carteiro-Queue: 1"</source>
        <translation>no empieza por "Carteiro-Queue: 1"</translation>
    </message>
    <message>
        <source>no empty line ends its envelope</source>
        <translation>ninguna línea vacía termina su sobre</translation>
    </message>
    <message>
        <source>a line without a field name: "%1"</source>
        <translation>una línea sin nombre de campo: "%1"</translation>
    </message>
    <message>
        <source>its Id, Domain or Recipient is missing</source>
        <translation>le falta el Id, el Domain o el Recipient</translation>
    </message>
    <message>
        <source>%1 cannot store the message: %2</source>
        <translation>%1 no puede guardar el mensaje: %2</translation>
    </message>
    <message>
        <source>%1 already holds this message: it was stored before, but its 250 may never have reached the client. Accepted again, not stored twice (RFC 5321 section 6.1)</source>
        <translation>%1 ya tiene este mensaje: se guardó antes, pero su 250 quizá nunca llegó al cliente. Se acepta otra vez, sin guardarlo dos veces (RFC 5321 sección 6.1)</translation>
    </message>
    <message>
        <source>MX %1? no MX record and no host %1: unrouteable (RFC 5321 §5.1)</source>
        <translation>MX %1? ningún registro MX y ningún servidor %1: no hay ruta (RFC 5321 §5.1)</translation>
    </message>
    <message>
        <source>unrouteable address: no mail host for %1 (5.1.2)</source>
        <translation>dirección sin ruta: ningún servidor de correo para %1 (5.1.2)</translation>
    </message>
    <message>
        <source>%1 completes the address %2, which has no domain, as %3: Postfix adds @$myorigin to it (append_at_myorigin; myorigin = %4)</source>
        <translation>%1 completa la dirección %2, que no tiene dominio, como %3: Postfix le añade @$myorigin (append_at_myorigin; myorigin = %4)</translation>
    </message>
    <message>
        <source>%1 is configured as Local only (default_transport = error): mail for %2 cannot leave the machine, so Postfix refuses the recipient at once</source>
        <translation>%1 está configurado como Solo correo local (default_transport = error): el correo para %2 no puede salir de la máquina, así que Postfix rechaza el destinatario de inmediato</translation>
    </message>
    <message>
        <source>%1: %2 is configured as Local only (default_transport = error): mail for %3 is not delivered but returned to the sender</source>
        <translation>%1: %2 está configurado como Solo correo local (default_transport = error): el correo para %3 no se entrega, sino que se devuelve al remitente</translation>
    </message>
</context>
<context>
    <name>Maildir</name>
    <message>
        <source>cannot store %1: %2</source>
        <translation>no se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>no se puede crear el directorio %1</translation>
    </message>
    <message>
        <source>cannot remove the unfinished file %1</source>
        <translation>no se puede borrar el archivo sin terminar %1</translation>
    </message>
    <message>
        <source>%1: unreadable UID list; the folder gets a new UIDVALIDITY</source>
        <translation>%1: lista de UID ilegible; la carpeta recibe un UIDVALIDITY nuevo</translation>
    </message>
    <message>
        <source>%1: not a folder name; skipped</source>
        <translation>%1: no es un nombre de carpeta; se omite</translation>
    </message>
    <message>
        <source>%1 is not a file; skipped</source>
        <translation>%1 no es un archivo; se omite</translation>
    </message>
    <message>
        <source>cannot read %1: %2; skipped</source>
        <translation>no se puede leer %1: %2; se omite</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot sync the directory %1: %2</source>
        <translation>no se puede sincronizar el directorio %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Handout written to %1</source>
        <translation>Hoja escrita en %1</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>Escribiendo la hoja…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export a handout</source>
        <translation>Exportar una hoja para la clase</translation>
    </message>
    <message>
        <source>Export a &amp;handout (PDF)…</source>
        <translation>Exportar una &amp;hoja para la clase (PDF)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Standards it implements:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SMTP: RFC 5321&lt;/li&gt;&lt;li&gt;Message format: RFC 5322&lt;/li&gt;&lt;li&gt;MIME: RFC 2045, 2046, 2047, 2048 and 2049&lt;/li&gt;&lt;li&gt;POP3: RFC 1939&lt;/li&gt;&lt;li&gt;IMAP: RFC 3501&lt;/li&gt;&lt;li&gt;TLS for mail (STARTTLS and implicit TLS): RFC 2595 and RFC 8314&lt;/li&gt;&lt;li&gt;HTTP: RFC 9110 and RFC 9112&lt;/li&gt;&lt;li&gt;TLS 1.3: RFC 8446&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Normas que implementa:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SMTP: RFC 5321&lt;/li&gt;&lt;li&gt;Formato de los mensajes: RFC 5322&lt;/li&gt;&lt;li&gt;MIME: RFC 2045, 2046, 2047, 2048 y 2049&lt;/li&gt;&lt;li&gt;POP3: RFC 1939&lt;/li&gt;&lt;li&gt;IMAP: RFC 3501&lt;/li&gt;&lt;li&gt;TLS para el correo (STARTTLS y TLS implícito): RFC 2595 y RFC 8314&lt;/li&gt;&lt;li&gt;HTTP: RFC 9110 y RFC 9112&lt;/li&gt;&lt;li&gt;TLS 1.3: RFC 8446&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). Carteiro is free software: you may share and change it under its terms. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licencia: Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later). Carteiro es software libre: puedes compartirlo y modificarlo según sus términos. No tiene ninguna garantía.&lt;/p&gt;</translation>
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
        <translation>Captura escrita en %1: ábrela en Wireshark</translation>
    </message>
    <message>
        <source>pcapng capture (*.pcapng)</source>
        <translation>Captura pcapng (*.pcapng)</translation>
    </message>
    <message>
        <source>Export the capture</source>
        <translation>Exportar la captura</translation>
    </message>
    <message>
        <source>Export the &amp;capture for Wireshark…</source>
        <translation>Exportar la &amp;captura para Wireshark…</translation>
    </message>
    <message>
        <source>%1's capture</source>
        <translation>Captura de %1</translation>
    </message>
    <message>
        <source>Eavesdropper's capture</source>
        <translation>Captura de la escuchadora</translation>
    </message>
    <message>
        <source>Showing line %1 of %2, at %3 s (End or the map's banner returns to now)</source>
        <translation>Mostrando la línea %1 de %2, a los %3 s (Fin o el aviso del mapa vuelven al presente)</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;Carteiro&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Equipos simulados hablan SMTP, POP3, IMAP y HTTP reales a través de sockets de bucle local (loopback), con o sin TLS; cada comando y cada respuesta se dibujan en la cronología.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back one line over what was recorded (Left)</source>
        <translation>Retroceder una línea en lo grabado (Izquierda)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Let one command or one reply cross the wire (Right)</source>
        <translation>Dejar pasar un comando o una respuesta por la red (Derecha)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Play the scenario again from the start (Home)</source>
        <translation>Reproducir de nuevo el escenario desde el principio (Inicio)</translation>
    </message>
    <message>
        <source>Speed while playing</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
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
        <translation>&amp;Archivo</translation>
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
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Built-in scenario</source>
        <translation>Escenario &amp;incluido</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>Export the &amp;transcript…</source>
        <translation>Exportar la &amp;transcripción…</translation>
    </message>
    <message>
        <source>Export the timeline as &amp;image…</source>
        <translation>Exportar la cronología como &amp;imagen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Carteiro</source>
        <translation>&amp;Acerca de Carteiro</translation>
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
        <translation>El escenario ha terminado: se cumplen las %1 expectativas.</translation>
    </message>
    <message>
        <source>The scenario is over: %1 of %2 expectations hold.</source>
        <translation>El escenario ha terminado: se cumplen %1 de %2 expectativas.</translation>
    </message>
    <message>
        <source>Playing the scenario: %1</source>
        <translation>Reproduciendo el escenario: %1</translation>
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
        <translation>Comenzar</translation>
    </message>
    <message>
        <source>Start the story: the lines go out one after another (Space); Step sends one (Right)</source>
        <translation>Comenzar la historia: las líneas salen una tras otra (Espacio); Paso envía una (Derecha)</translation>
    </message>
    <message>
        <source>Paused at the start: read the caption, then press Start (Space)</source>
        <translation>En pausa al comienzo: lee el rótulo y después pulsa Comenzar (Espacio)</translation>
    </message>
    <message>
        <source>Paused: %1 (Space plays, Right sends one line)</source>
        <translation>En pausa: %1 (Espacio reproduce, Derecha envía una línea)</translation>
    </message>
    <message>
        <source>Pause: each line then waits for Step (Space)</source>
        <translation>Pausa: a partir de ahí, cada línea espera a Paso (Espacio)</translation>
    </message>
    <message>
        <source>Play the lines one after another (Space)</source>
        <translation>Reproducir las líneas una tras otra (Espacio)</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Velocidad %1</translation>
    </message>
    <message>
        <source>Looking back: line %1 of %2 (Right goes forward, Space returns to now)</source>
        <translation>Revisando lo anterior: línea %1 de %2 (Derecha avanza, Espacio vuelve al presente)</translation>
    </message>
    <message>
        <source>Next on the wire: %1</source>
        <translation>Lo siguiente en la red: %1</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Abrir un escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.scenario);;All files (*)</source>
        <translation>Escenarios (*.scenario);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the transcript</source>
        <translation>Exportar la transcripción</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Transcript written to %1</source>
        <translation>Transcripción guardada en %1</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exportar la cronología</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>Imagen SVG (*.svg);;Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Timeline written to %1</source>
        <translation>Cronología guardada en %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Select a line of a message on the timeline (after DATA's 354, or after the +OK of RETR) to see the whole message here.</source>
        <translation>Al seleccionar una línea de un mensaje en la cronología (después del 354 de DATA o después del +OK de RETR) se ve aquí el mensaje completo.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>%1 changed on disk and was played again.</source>
        <translation>%1 cambió en el disco y se ha vuelto a reproducir.</translation>
    </message>
    <message>
        <source>%1 changed on disk but has errors: %2</source>
        <translation>%1 cambió en el disco pero tiene errores: %2</translation>
    </message>
    <message>
        <source>Open &amp;world…</source>
        <translation>Abrir &amp;mundo…</translation>
    </message>
    <message>
        <source>&amp;Save world…</source>
        <translation>&amp;Guardar el mundo…</translation>
    </message>
    <message>
        <source>Predictions: %1 of %2 right</source>
        <translation>Predicciones: %1 de %2 acertadas</translation>
    </message>
    <message>
        <source>World loaded from %1: it goes on from where it was saved.</source>
        <translation>Mundo cargado de %1: continúa desde donde se guardó.</translation>
    </message>
    <message>
        <source>%1 has errors and was not played; the scenario that was running goes on.</source>
        <translation>%1 tiene errores y no se ha reproducido; el escenario que estaba en marcha continúa.</translation>
    </message>
    <message>
        <source>Save the world</source>
        <translation>Guardar el mundo</translation>
    </message>
    <message>
        <source>Carteiro worlds (*.carteiro);;All files (*)</source>
        <translation>Mundos de Carteiro (*.carteiro);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a saved world</source>
        <translation>Abrir un mundo guardado</translation>
    </message>
    <message>
        <source>There is no world to save.</source>
        <translation>No hay ningún mundo que guardar.</translation>
    </message>
    <message numerus="yes">
        <source>World saved to %1 (the %n connection(s) open now are not kept).</source>
        <translation>
            <numerusform>Mundo guardado en %1 (la %n conexión abierta ahora no se guarda).</numerusform>
            <numerusform>Mundo guardado en %1 (las %n conexiones abiertas ahora no se guardan).</numerusform>
        </translation>
    </message>
    <message>
        <source>World saved to %1</source>
        <translation>Mundo guardado en %1</translation>
    </message>
    <message>
        <source>The world was not saved</source>
        <translation>No se ha guardado el mundo</translation>
    </message>
    <message>
        <source>The world cannot be opened</source>
        <translation>No se puede abrir el mundo</translation>
    </message>
    <message>
        <source>⚠ Listening beyond loopback</source>
        <translation>⚠ Escuchando más allá del loopback</translation>
    </message>
    <message>
        <source>These services accept connections from other machines, and passwords travel in clear text:
%1</source>
        <translation>Estos servicios aceptan conexiones de otras máquinas, y las contraseñas viajan en texto claro:
%1</translation>
    </message>
    <message>
        <source>Each service listens on its standard port plus %1:
%2</source>
        <translation>Cada servicio escucha en su puerto estándar más %1:
%2</translation>
    </message>
    <message>
        <source>Ports +%1 (+%2 was taken)</source>
        <translation>Puertos +%1 (+%2 estaba ocupado)</translation>
    </message>
    <message>
        <source>The ports of offset %1 were in use (by another Carteiro on this machine, perhaps another user&apos;s), so this window took the next free offset, %2. Connect to the ports shown here.</source>
        <translation>Los puertos del desplazamiento %1 estaban ocupados (por otro Carteiro en esta máquina, quizá de otro usuario), así que esta ventana tomó el siguiente desplazamiento libre, %2. Conéctate a los puertos que se muestran aquí.</translation>
    </message>
    <message>
        <source>Ports +%1</source>
        <translation>Puertos +%1</translation>
    </message>
    <message>
        <source>Export the class's &amp;access sheet (PDF)…</source>
        <translation>Exportar la hoja de &amp;acceso de la clase (PDF)…</translation>
    </message>
    <message>
        <source>Export the access sheet</source>
        <translation>Exportar la hoja de acceso</translation>
    </message>
    <message>
        <source>This scenario declares no class: add "students 30 on 2esi.org" or "class alumnos.csv" to it.</source>
        <translation>Este escenario no declara ninguna clase: añádele "students 30 on 2esi.org" o "class alumnos.csv".</translation>
    </message>
    <message>
        <source>Access sheet written to %1</source>
        <translation>Hoja de acceso escrita en %1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Export the class's &amp;results (CSV or JSON)…</source>
        <translation>Exportar los &amp;resultados de la clase (CSV o JSON)…</translation>
    </message>
    <message>
        <source>Export the class's results</source>
        <translation>Exportar los resultados de la clase</translation>
    </message>
    <message>
        <source>Results (*.csv *.json)</source>
        <translation>Resultados (*.csv *.json)</translation>
    </message>
    <message>
        <source>The class's results were written to %1.</source>
        <translation>Los resultados de la clase se guardaron en %1.</translation>
    </message>
    <message>
        <source>This window is not open on a class (carteiro --class FILE).</source>
        <translation>Esta ventana no está abierta sobre una clase (carteiro --class FICHERO).</translation>
    </message>
    <message>
        <source>Students: %1. Each one's exercises are checked as they work; click a student in the class panel to see only their sessions.</source>
        <translation>Alumnos: %1. Los ejercicios de cada uno se comprueban mientras trabaja; pulsa en un alumno o alumna en el panel de la clase para ver solo sus sesiones.</translation>
    </message>
    <message>
        <source>%1: the file's name must end in .csv or .json</source>
        <translation>%1: el nombre del fichero tiene que acabar en .csv o .json</translation>
    </message>
    <message>
        <source>Class: %1 of %2 students answered</source>
        <translation>Clase: respondieron %1 de %2 alumnos</translation>
    </message>
    <message>
        <source>Class: %1 of %2 students answered, %3 right</source>
        <translation>Clase: respondieron %1 de %2 alumnos, %3 acertaron</translation>
    </message>
    <message>
        <source>Students: %1, each with a world of their own. Each one's exercises are checked as they work; click a student in the class panel to see their world.</source>
        <translation>Alumnos: %1, cada uno con su propio mundo. Los ejercicios de cada uno se comprueban mientras trabaja; pulsa en un alumno o alumna en el panel de la clase para ver su mundo.</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Mostrar las contraseñas</translation>
    </message>
    <message>
        <source>The passwords typed by the students will be shown on the timeline, in the inspector and on the map: everyone who sees the projected screen will read them. Show them?</source>
        <translation>Las contraseñas que escriban los alumnos se mostrarán en la línea de tiempo, en el inspector y en el mapa: quien vea la pantalla proyectada podrá leerlas. ¿Mostrarlas?</translation>
    </message>
    <message>
        <source>Show &amp;passwords (on the projector too)</source>
        <translation>Mostrar las &amp;contraseñas (también en el proyector)</translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message>
        <source>%1 in the message, %2 once its transfer encoding is undone</source>
        <translation>%1 en el mensaje, %2 una vez deshecha su codificación de transferencia</translation>
    </message>
    <message>
        <source>%1 in the message</source>
        <translation>%1 en el mensaje</translation>
    </message>
    <message>
        <source>Select a header field to read what it is for.</source>
        <translation>Al seleccionar un campo de la cabecera se puede leer para qué sirve.</translation>
    </message>
    <message>
        <source>As it travelled (header fields may only hold ASCII, so other characters are written as RFC 2047 encoded words):</source>
        <translation>Tal como viajó (los campos de la cabecera solo pueden contener ASCII, así que los demás caracteres se escriben como palabras codificadas según RFC 2047, o encoded words):</translation>
    </message>
    <message>
        <source>The whole message: header fields, a blank line, then a body of type %1</source>
        <translation>El mensaje completo: campos de la cabecera, una línea en blanco y después un cuerpo de tipo %1</translation>
    </message>
    <message>
        <source>A body made of parts one after another, such as a text and its attachments</source>
        <translation>Un cuerpo formado por varias partes, una detrás de otra, como un texto y sus adjuntos</translation>
    </message>
    <message>
        <source>The same content in several forms (plain text and HTML): the reader's client shows the best one it can</source>
        <translation>El mismo contenido en varias formas (texto plano y HTML): el cliente de correo del lector muestra la mejor que puede</translation>
    </message>
    <message>
        <source>A body made of parts, separated by a boundary line</source>
        <translation>Un cuerpo formado por partes, separadas por una línea delimitadora (boundary)</translation>
    </message>
    <message>
        <source>An attachment: “%1” (%2)</source>
        <translation>Un adjunto: “%1” (%2)</translation>
    </message>
    <message>
        <source>Text (%1) in the %2 character set</source>
        <translation>Texto (%1) con el juego de caracteres %2</translation>
    </message>
    <message>
        <source>Attachment “%1” (%2, %3). Use “Save attachment…” to keep it as a file.</source>
        <translation>Adjunto “%1” (%2, %3). Con “Guardar adjunto…” se puede guardar como archivo.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
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
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
    <message>
        <source>There is no such part in this message.</source>
        <translation>Esa parte no existe en este mensaje.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>This message is damaged: %1</source>
        <translation>Este mensaje está dañado: %1</translation>
    </message>
    <message>
        <source>MIME parts</source>
        <translation>Partes MIME</translation>
    </message>
    <message>
        <source>MIME (RFC 2045, 2046) lets one message carry several parts: text, other forms of it, attachments. Select a part to see its bytes.</source>
        <translation>MIME (RFC 2045, 2046) permite que un mensaje lleve varias partes: el texto, otras formas de ese texto y los adjuntos. Al seleccionar una parte se ven sus bytes.</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>Guardar adjunto…</translation>
    </message>
    <message>
        <source>Writes the selected attachment to a file, decoded (as it was before being attached)</source>
        <translation>Guarda el adjunto seleccionado en un archivo, decodificado (tal como era antes de adjuntarlo)</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Charset</source>
        <translation>Juego de caracteres</translation>
    </message>
    <message>
        <source>Transfer encoding</source>
        <translation>Codificación de transferencia</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
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
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Campos de la cabecera</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>The message as the reader's mail client shows it</source>
        <translation>El mensaje tal como lo muestra el cliente de correo del lector</translation>
    </message>
    <message>
        <source>The header fields of the message (or of the selected part), each explained</source>
        <translation>Los campos de la cabecera del mensaje (o de la parte seleccionada), cada uno con su explicación</translation>
    </message>
    <message>
        <source>The message byte by byte, as it travelled</source>
        <translation>El mensaje byte a byte, tal como viajó</translation>
    </message>
    <message>
        <source>%1%2 marks the end of each line (CR LF). The selected part is highlighted: its header fields lightly, its body strongly.</source>
        <translation>%1%2 marca el final de cada línea (CR LF). La parte seleccionada aparece resaltada: sus campos de cabecera, con un color suave; su cuerpo, con uno intenso.</translation>
    </message>
    <message>
        <source>No message.</source>
        <translation>No hay ningún mensaje.</translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <source>Real server: the student's own Postfix and Dovecot, outside Carteiro. The simulated clients send to it and fetch from it; its replies are drawn as they come.</source>
        <translation>Servidor real: el Postfix y el Dovecot del propio alumno, fuera de Carteiro. Los clientes simulados le envían correo y descargan de él; sus respuestas se dibujan tal como llegan.</translation>
    </message>
    <message>
        <source>real server %1</source>
        <translation>servidor real %1</translation>
    </message>
    <message>
        <source>Webmail: a web server whose pages read and send mail. A browser speaks HTTP to it; behind each page it speaks IMAP and SMTP to the mail server.</source>
        <translation>Webmail: un servidor web cuyas páginas leen y envían correo. Un navegador le habla HTTP; detrás de cada página, él habla IMAP y SMTP con el servidor de correo.</translation>
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
        <translation>%1 está en la red y lee lo que pasa por este enlace. Pulsa para ver la captura.</translation>
    </message>
    <message>
        <source>The past: line %1 of %2 — click here to go back to now</source>
        <translation>El pasado: línea %1 de %2 — pulsa aquí para volver al ahora</translation>
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
        <translation>fuera de la red</translation>
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
        <translation>bandeja de entrada: %1</translation>
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
        <translation>No hay ningún mundo en marcha.</translation>
    </message>
    <message>
        <source>Mail user agent (MUA): composes messages, sends them to its server by SMTP submission and downloads the mailbox by POP3.</source>
        <translation>Agente de usuario de correo (MUA): redacta mensajes, los entrega a su servidor por SMTP (envío o submission) y descarga el buzón por POP3.</translation>
    </message>
    <message>
        <source>Mail transfer agent (MTA): relays mail by SMTP through its queue. Mail delivery agent (MDA): keeps its users' mailboxes and hands them out by POP3.</source>
        <translation>Agente de transferencia de correo (MTA): retransmite el correo por SMTP a través de su cola. Agente de entrega de correo (MDA): guarda los buzones de sus usuarios y los sirve por POP3.</translation>
    </message>
    <message>
        <source>Domain name system: says which server receives each domain's mail (MX records).</source>
        <translation>Sistema de nombres de dominio: indica qué servidor recibe el correo de cada dominio (registros MX).</translation>
    </message>
    <message>
        <source>Console: a terminal where commands are typed by hand, as with telnet.</source>
        <translation>Consola: un terminal donde los comandos se escriben a mano, como con telnet.</translation>
    </message>
    <message>
        <source>Outside client: a real program that connected to the world's servers.</source>
        <translation>Cliente externo: un programa real que se ha conectado a los servidores del mundo.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Listening: %1</source>
        <translation>A la escucha: %1</translation>
    </message>
    <message>
        <source>Off the network (was listening on %1)</source>
        <translation>Fuera de la red (estaba a la escucha en %1)</translation>
    </message>
    <message>
        <source>Messages in the outgoing queue: %1</source>
        <translation>Mensajes en la cola de salida: %1</translation>
    </message>
    <message>
        <source>Mailbox %1: %2 message(s)</source>
        <translation>Buzón %1: %2 mensaje(s)</translation>
    </message>
    <message>
        <source>Account: %1 (server %2)</source>
        <translation>Cuenta: %1 (servidor %2)</translation>
    </message>
    <message>
        <source>Inbox: %1 message(s)</source>
        <translation>Bandeja de entrada: %1 mensaje(s)</translation>
    </message>
    <message>
        <source>(as at event %1)</source>
        <translation>(tal como estaba en el evento %1)</translation>
    </message>
    <message>
        <source>tapped on %1</source>
        <translation>derivado en %1</translation>
    </message>
    <message>
        <source>The class</source>
        <translation>La clase</translation>
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
        <translation>trabajando: %1</translation>
    </message>
    <message>
        <source>computers seen: %1</source>
        <translation>ordenadores vistos: %1</translation>
    </message>
    <message>
        <source>%1 students' mailboxes: %2</source>
        <translation>%1 buzones de alumnos: %2</translation>
    </message>
    <message>
        <source>Computers seen: %1</source>
        <translation>Ordenadores vistos: %1</translation>
    </message>
    <message>
        <source>The class: %1 students. Each one works from their own computer, a client from outside that connects to the servers; the class panel shows who did what.</source>
        <translation>La clase: %1 alumnos. Cada uno trabaja desde su ordenador, un cliente de fuera que se conecta a los servidores; el panel de la clase muestra quién hizo qué.</translation>
    </message>
</context>
<context>
    <name>PredictionDialog</name>
    <message>
        <source>No answer given. The server answered:</source>
        <translation>Sin respuesta. El servidor respondió:</translation>
    </message>
    <message>
        <source>Right! The server answered:</source>
        <translation>¡Acertaste! El servidor respondió:</translation>
    </message>
    <message>
        <source>Not this time: you said %1. The server answered:</source>
        <translation>Esta vez no: dijiste %1. El servidor respondió:</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>Puntuación: %1 de %2</translation>
    </message>
    <message>
        <source>Predict the reply</source>
        <translation>Adivina la respuesta</translation>
    </message>
    <message>
        <source>What will &lt;b&gt;%1&lt;/b&gt; answer to &lt;tt&gt;%2&lt;/tt&gt;?</source>
        <translation>¿Qué responderá &lt;b&gt;%1&lt;/b&gt; a &lt;tt&gt;%2&lt;/tt&gt;?</translation>
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
        <translation>No lo sé</translation>
    </message>
</context>
<context>
    <name>PredictionQuiz</name>
    <message>
        <source>BAD: the command was not understood (syntax, or the wrong state)</source>
        <translation>BAD: la orden no se entendió (sintaxis, o estado equivocado)</translation>
    </message>
    <message>
        <source>NO: the command was understood but failed</source>
        <translation>NO: la orden se entendió pero falló</translation>
    </message>
    <message>
        <source>OK: the command worked</source>
        <translation>OK: la orden funcionó</translation>
    </message>
    <message>
        <source>positive: the command worked</source>
        <translation>positiva: la orden funcionó</translation>
    </message>
    <message>
        <source>negative: the command failed</source>
        <translation>negativa: la orden falló</translation>
    </message>
    <message>
        <source>Predict: what will %1 answer to "%2"? Choices: %3</source>
        <translation>Adivina: ¿qué responderá %1 a "%2"? Opciones: %3</translation>
    </message>
    <message>
        <source>Prediction %1: no answer — the server answered %2 (%3 of %4 right so far)</source>
        <translation>Predicción %1: sin respuesta — el servidor respondió %2 (%3 de %4 acertadas hasta ahora)</translation>
    </message>
    <message>
        <source>Prediction %1: %2 — right (%3 of %4 so far)</source>
        <translation>Predicción %1: %2 — acertada (%3 de %4 hasta ahora)</translation>
    </message>
    <message>
        <source>Prediction %1: %2 — the server answered %3 (%4 of %5 right so far)</source>
        <translation>Predicción %1: %2 — el servidor respondió %3 (%4 de %5 acertadas hasta ahora)</translation>
    </message>
</context>
<context>
    <name>ReceiptJournal</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) that are not receipts; skipped</source>
        <translation><numerusform>%1: %n línea que no es un recibo; se omite</numerusform><numerusform>%1: %n líneas que no son recibos; se omiten</numerusform></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>ScenarioErrorsDialog</name>
    <message>
        <source>Errors in %1</source>
        <translation>Errores en %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s), so it was not played: the scenario that was running goes on untouched. Mend the file (each line says where: file:line:column) and check again.</source>
        <translation>
            <numerusform>%1 tiene %n error, así que no se ha reproducido: el escenario que estaba en marcha sigue sin cambios. Corrige el archivo (cada línea dice dónde: archivo:línea:columna) y vuelve a comprobarlo.</numerusform>
            <numerusform>%1 tiene %n errores, así que no se ha reproducido: el escenario que estaba en marcha sigue sin cambios. Corrige el archivo (cada línea dice dónde: archivo:línea:columna) y vuelve a comprobarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ScenarioParser</name>
    <message>
        <source>%1 is the real server at %2: a scenario sends mail to it and fetches from it, but cannot look into it or change it as this statement would; check the transcript (expect reply, expect wire) or what a client fetched (expect client) instead</source>
        <translation>%1 es el servidor real en %2: un escenario le envía correo y descarga de él, pero no puede mirar dentro de él ni cambiarlo como haría esta instrucción; comprueba en su lugar la transcripción (expect reply, expect wire) o lo que descargó un cliente (expect client)</translation>
    </message>
    <message>
        <source>the real server's address</source>
        <translation>la dirección del servidor real</translation>
    </message>
    <message>
        <source>a service and its port (%1) or the end of the line</source>
        <translation>un servicio y su puerto (%1) o el final de la línea</translation>
    </message>
    <message>
        <source>the port of %1 is already given on this line</source>
        <translation>el puerto de %1 ya se dio en esta línea</translation>
    </message>
    <message>
        <source>the address of the real server, such as 127.0.0.1 or 192.168.1.10</source>
        <translation>la dirección del servidor real, como 127.0.0.1 o 192.168.1.10</translation>
    </message>
    <message>
        <source>"real" is already given on this line</source>
        <translation>"real" ya se dio en esta línea</translation>
    </message>
    <message>
        <source>a real server has no simulated "address"; it is reached at the address given after "real"</source>
        <translation>un servidor real no tiene "address" simulado; se llega a él en la dirección dada después de "real"</translation>
    </message>
    <message>
        <source>a value (a word or "quoted text")</source>
        <translation>un valor (una palabra o "texto entre comillas")</translation>
    </message>
    <message>
        <source>a port number such as 110</source>
        <translation>un número de puerto como 110</translation>
    </message>
    <message>
        <source>webmail "%1" is already declared on line %2</source>
        <translation>el webmail "%1" ya está declarado en la línea %2</translation>
    </message>
    <message>
        <source>the webmail's host name</source>
        <translation>el nombre de máquina del webmail</translation>
    </message>
    <message>
        <source>no webmail serves %1, the domain of client %2; add a line "webmail webmail.%3 for %3"</source>
        <translation>ningún webmail sirve %1, el dominio del cliente %2; añade una línea "webmail webmail.%3 for %3"</translation>
    </message>
    <message>
        <source>%1 is already the name of a host; a webmail needs a host name of its own, such as webmail.servidor.edu</source>
        <translation>%1 ya es el nombre de una máquina; un webmail necesita un nombre de máquina propio, como webmail.servidor.edu</translation>
    </message>
    <message>
        <source>an HTTP status such as 200</source>
        <translation>un estado HTTP, como 200</translation>
    </message>
    <message>
        <source>the addresses</source>
        <translation>las direcciones</translation>
    </message>
    <message>
        <source>a quoted path such as "/folder?name=Sent"</source>
        <translation>una ruta entre comillas, como "/folder?name=Sent"</translation>
    </message>
    <message>
        <source>the UID</source>
        <translation>el UID</translation>
    </message>
    <message>
        <source>a message's UID such as 1</source>
        <translation>el UID de un mensaje, como 1</translation>
    </message>
    <message>
        <source>%1 is already the name of a host; an eavesdropper needs a name of her own, such as eva</source>
        <translation>%1 ya es el nombre de un host; una escuchadora necesita un nombre propio, como eva</translation>
    </message>
    <message>
        <source>unknown host %1; declared servers: %2; declared clients: %3</source>
        <translation>host desconocido %1; servidores declarados: %2; clientes declarados: %3</translation>
    </message>
    <message>
        <source>%1 already listens between %2 and %3 on line %4</source>
        <translation>%1 ya escucha entre %2 y %3 en la línea %4</translation>
    </message>
    <message>
        <source>an eavesdropper sits between two different hosts; %1 is named twice</source>
        <translation>una escuchadora está entre dos hosts distintos; %1 se nombra dos veces</translation>
    </message>
    <message>
        <source>the eavesdropper's name</source>
        <translation>el nombre de la escuchadora</translation>
    </message>
    <message>
        <source>expected a name such as eva (letters, digits, '-', '_' and '.'), found %1</source>
        <translation>se esperaba un nombre como eva (letras, dígitos, '-', '_' y '.'), se encontró %1</translation>
    </message>
    <message>
        <source>a name such as eva</source>
        <translation>un nombre como eva</translation>
    </message>
    <message>
        <source>a host or client name</source>
        <translation>un nombre de host o de cliente</translation>
    </message>
    <message>
        <source>client %1 reads its mail with POP3; IMAP steps need a client declared with "imap" (client %2 user %3 imap)</source>
        <translation>el cliente %1 lee el correo con POP3; los pasos IMAP necesitan un cliente declarado con "imap" (client %2 user %3 imap)</translation>
    </message>
    <message>
        <source>a search key such as text "praia"</source>
        <translation>una clave de búsqueda como text "praia"</translation>
    </message>
    <message>
        <source>%1 is not a search key; use text, body, subject, from, to or cc with a quoted text, all, seen, unseen, flagged, unflagged, answered, deleted, larger or smaller with a size, since, before or on with a date, and "not" before a key</source>
        <translation>%1 no es una clave de búsqueda; usa text, body, subject, from, to o cc con un texto entre comillas, all, seen, unseen, flagged, unflagged, answered, deleted, larger o smaller con un tamaño, since, before u on con una fecha, y "not" delante de una clave</translation>
    </message>
    <message>
        <source>a date such as 1-Dec-2026</source>
        <translation>una fecha como 1-Dec-2026</translation>
    </message>
    <message>
        <source>a size in octets</source>
        <translation>un tamaño en octetos</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>el asunto</translation>
    </message>
    <message>
        <source>the folder name</source>
        <translation>el nombre de la carpeta</translation>
    </message>
    <message>
        <source>"smtp", "submission", "pop3" or "imap"</source>
        <translation>"smtp", "submission", "pop3" o "imap"</translation>
    </message>
    <message>
        <source>the reply to %1 must be an IMAP refusal: NO or BAD and a text, without the tag, such as "NO [OVERQUOTA] Quota exceeded"; found %2</source>
        <translation>la respuesta a %1 tiene que ser un rechazo IMAP: NO o BAD y un texto, sin la etiqueta, como "NO [OVERQUOTA] Quota exceeded"; se encontró %2</translation>
    </message>
    <message>
        <source>an IMAP flag such as \Seen</source>
        <translation>una marca IMAP como \Seen</translation>
    </message>
    <message>
        <source>%1 is not a folder name: it may not be INBOX, begin or end with "/", or hold "*", "%" or control characters (RFC 3501 §5.1)</source>
        <translation>%1 no es un nombre de carpeta: no puede ser INBOX, empezar ni terminar en "/", ni llevar "*", "%" o caracteres de control (RFC 3501 §5.1)</translation>
    </message>
    <message>
        <source>a folder name such as Traballo</source>
        <translation>un nombre de carpeta como Traballo</translation>
    </message>
    <message>
        <source>folder %1 is listed twice</source>
        <translation>la carpeta %1 está dos veces en la lista</translation>
    </message>
    <message>
        <source>"pop3", "imap", "tls" or the end of the line</source>
        <translation>"pop3", "imap", "tls" o el final de la línea</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>el final de la línea</translation>
    </message>
    <message>
        <source>quoted text %1</source>
        <translation>texto entre comillas %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>; did you mean "%1"?</source>
        <translation>; ¿querías decir "%1"?</translation>
    </message>
    <message>
        <source>line too long: %1 characters; at most %2 are allowed</source>
        <translation>línea demasiado larga: %1 caracteres; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>too many errors; stopping here (is this a scenario file?)</source>
        <translation>demasiados errores; el análisis se detiene aquí (¿es esto un archivo de escenario?)</translation>
    </message>
    <message>
        <source>unexpected control character \x%1; a scenario is plain text (saved as UTF-8)</source>
        <translation>carácter de control inesperado \x%1; un escenario es texto plano (guardado en UTF-8)</translation>
    </message>
    <message>
        <source>unterminated quoted text; expected a closing " on the same line</source>
        <translation>texto entre comillas sin cerrar; faltan las comillas de cierre " en la misma línea</translation>
    </message>
    <message>
        <source>expected %1 after %2, found %3</source>
        <translation>se esperaba %1 tras %2, se encontró %3</translation>
    </message>
    <message>
        <source>quoted text ("…")</source>
        <translation>texto entre comillas ("…")</translation>
    </message>
    <message>
        <source>a host name such as servidor.edu</source>
        <translation>un nombre de máquina como servidor.edu</translation>
    </message>
    <message>
        <source>expected a host name such as servidor.edu (letters, digits, hyphens and dots), found %1</source>
        <translation>se esperaba un nombre de máquina como servidor.edu (letras, dígitos, guiones y puntos), se encontró %1</translation>
    </message>
    <message>
        <source>an e-mail address such as fran@servidor.edu</source>
        <translation>una dirección de correo electrónico como fran@servidor.edu</translation>
    </message>
    <message>
        <source>expected an e-mail address such as fran@servidor.edu, found %1</source>
        <translation>se esperaba una dirección de correo electrónico como fran@servidor.edu, se encontró %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a language code (gl, es, en) or quoted text</source>
        <translation>un código de idioma (gl, es, en) o texto entre comillas</translation>
    </message>
    <message>
        <source>the language "%1"</source>
        <translation>el idioma "%1"</translation>
    </message>
    <message>
        <source>unexpected %1 at the end of the "%2" statement</source>
        <translation>sobra %1 al final de la instrucción "%2"</translation>
    </message>
    <message>
        <source>; text with spaces goes between quotes</source>
        <translation>; el texto con espacios va entre comillas</translation>
    </message>
    <message>
        <source>%1 line outside a session; start one with "session HOST smtp"</source>
        <translation>línea %1 fuera de una sesión; empieza una con "session SERVIDOR smtp"</translation>
    </message>
    <message>
        <source>unknown statement %1; expected one of: %2</source>
        <translation>instrucción desconocida %1; se esperaba una de estas: %2</translation>
    </message>
    <message>
        <source>"%1" for this language is already given on line %2</source>
        <translation>ya se indicó "%1" para este idioma en la línea %2</translation>
    </message>
    <message>
        <source>"address", "real" or the end of the line</source>
        <translation>"address", "real" o el final de la línea</translation>
    </message>
    <message>
        <source>the host name</source>
        <translation>el nombre de máquina</translation>
    </message>
    <message>
        <source>a loopback address such as 127.0.0.3</source>
        <translation>una dirección de bucle local (loopback) como 127.0.0.3</translation>
    </message>
    <message>
        <source>address %1 is already used by server "%2"</source>
        <translation>la dirección %1 ya la usa el servidor "%2"</translation>
    </message>
    <message>
        <source>server "%1" is already declared on line %2</source>
        <translation>el servidor "%1" ya está declarado en la línea %2</translation>
    </message>
    <message>
        <source>a setting (%1)</source>
        <translation>un ajuste (%1)</translation>
    </message>
    <message>
        <source>unknown setting %1; expected one of: %2</source>
        <translation>ajuste desconocido %1; se esperaba uno de estos: %2</translation>
    </message>
    <message>
        <source>a whole number greater than 0</source>
        <translation>un número entero mayor que 0</translation>
    </message>
    <message>
        <source>setting "%1" of "%2" is already given on line %3</source>
        <translation>el ajuste "%1" de "%2" ya se indicó en la línea %3</translation>
    </message>
    <message>
        <source>the domain (only mail exchanger records are simulated)</source>
        <translation>el dominio (solo se simulan los registros MX, de intercambio de correo)</translation>
    </message>
    <message>
        <source>"preference" or the end of the line</source>
        <translation>"preference" o el final de la línea</translation>
    </message>
    <message>
        <source>a number from 0 to 65535</source>
        <translation>un número de 0 a 65535</translation>
    </message>
    <message>
        <source>this mx record is already declared on line %1</source>
        <translation>este registro mx ya está declarado en la línea %1</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>la dirección</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>la contraseña</translation>
    </message>
    <message>
        <source>user "%1" is already declared on line %2</source>
        <translation>el usuario "%1" ya está declarado en la línea %2</translation>
    </message>
    <message>
        <source>a client name such as ana</source>
        <translation>un nombre de cliente como ana</translation>
    </message>
    <message>
        <source>expected a client name such as ana (letters, digits, '-', '_' and '.'), found %1</source>
        <translation>se esperaba un nombre de cliente como ana (letras, dígitos, '-', '_' y '.'), se encontró %1</translation>
    </message>
    <message>
        <source>the client name</source>
        <translation>el nombre del cliente</translation>
    </message>
    <message>
        <source>"pop3" or the end of the line</source>
        <translation>"pop3" o el final de la línea</translation>
    </message>
    <message>
        <source>client "%1" is already declared on line %2</source>
        <translation>el cliente "%1" ya está declarado en la línea %2</translation>
    </message>
    <message>
        <source>the name of a client</source>
        <translation>el nombre de un cliente</translation>
    </message>
    <message>
        <source>one or more addresses separated by commas</source>
        <translation>una o más direcciones separadas por comas</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>"delete", "keep" or the end of the line</source>
        <translation>"delete", "keep" o el final de la línea</translation>
    </message>
    <message>
        <source>expected "C:", "S:" or "end" inside a session, found %1</source>
        <translation>se esperaba "C:", "S:" o "end" dentro de una sesión, se encontró %1</translation>
    </message>
    <message>
        <source>session without "end"; close its C: and S: lines with a line "end"</source>
        <translation>sesión sin "end"; cierra sus líneas C: y S: con una línea "end"</translation>
    </message>
    <message>
        <source>session without any "C:" or "S:" line</source>
        <translation>sesión sin ninguna línea "C:" ni "S:"</translation>
    </message>
    <message>
        <source>a reply code such as 250, +OK or -ERR</source>
        <translation>un código de respuesta como 250, +OK o -ERR</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>no server declared; a scenario needs at least one line such as "server servidor.edu"</source>
        <translation>no hay ningún servidor declarado; un escenario necesita al menos una línea como "server servidor.edu"</translation>
    </message>
    <message>
        <source>unknown server %1; declared servers: %2</source>
        <translation>servidor desconocido %1; servidores declarados: %2</translation>
    </message>
    <message>
        <source>%1 in "%2": a port is known only once the world listens; use it in say, goal or hint</source>
        <translation>%1 en "%2": un puerto solo se conoce cuando el mundo ya escucha; úsalo en say, goal o hint</translation>
    </message>
    <message>
        <source>%1: expected {port HOST SERVICE}, the service being smtp, submission, pop3 or imap, as in {port servidor.edu smtp}</source>
        <translation>%1: se esperaba {port HOST SERVICIO}, siendo el servicio smtp, submission, pop3 o imap, como en {port servidor.edu smtp}</translation>
    </message>
    <message>
        <source>no server declared for the domain %1; add a line "server %2"</source>
        <translation>no hay ningún servidor declarado para el dominio %1; añade una línea "server %2"</translation>
    </message>
    <message>
        <source>unknown user %1; declared users: %2</source>
        <translation>usuario desconocido %1; usuarios declarados: %2</translation>
    </message>
    <message>
        <source>unknown client %1; declared clients: %2</source>
        <translation>cliente desconocido %1; clientes declarados: %2</translation>
    </message>
    <message>
        <source>scenario file %1 not found</source>
        <translation>no se encontró el archivo de escenario %1</translation>
    </message>
    <message>
        <source>no built-in scenario named %1; built-in scenarios: %2</source>
        <translation>no hay ningún escenario incorporado llamado %1; escenarios incorporados: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a scenario (%2 bytes; at most %3)</source>
        <translation>%1 es demasiado grande para un escenario (%2 bytes; como máximo %3)</translation>
    </message>
    <message>
        <source>expected "subject", "body", "cc", "attach" or the end of the line, found %1</source>
        <translation>se esperaba "subject", "body", "cc", "attach" o el final de la línea, pero se encontró %1</translation>
    </message>
    <message>
        <source>a file name such as foto.png</source>
        <translation>un nombre de archivo, como foto.png</translation>
    </message>
    <message>
        <source>attachment %1 not found; a file is looked for in the scenario's folder (%2)</source>
        <translation>no se encuentra el adjunto %1; el archivo se busca en la carpeta del escenario (%2)</translation>
    </message>
    <message>
        <source>attachment %1 is too large (%2 bytes; at most %3)</source>
        <translation>el adjunto %1 es demasiado grande (%2 bytes; como máximo %3)</translation>
    </message>
    <message>
        <source>cannot read attachment %1: %2</source>
        <translation>no se puede leer el adjunto %1: %2</translation>
    </message>
    <message>
        <source>a file name ("foto.png")</source>
        <translation>un nombre de archivo ("foto.png")</translation>
    </message>
    <message>
        <source>the reply</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>a command (%1)</source>
        <translation>una orden (%1)</translation>
    </message>
    <message>
        <source>a fault cannot be set at %1; expected one of: %2</source>
        <translation>no se puede poner una avería en %1; se esperaba una de estas: %2</translation>
    </message>
    <message>
        <source>the reply to %1 must be an SMTP error: a code from 400 to 599 and a text, such as "452 4.2.2 Mailbox full"; found %2</source>
        <translation>la respuesta a %1 tiene que ser un error SMTP: un código de 400 a 599 y un texto, como "452 4.2.2 Mailbox full"; se encontró %2</translation>
    </message>
    <message>
        <source>the reply to %1 must be a POP3 error: -ERR and a text, such as "-ERR [AUTH] invalid password"; found %2</source>
        <translation>la respuesta a %1 tiene que ser un error POP3: -ERR y un texto, como "-ERR [AUTH] invalid password"; se encontró %2</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>la orden</translation>
    </message>
    <message>
        <source>an address or a user name such as fran@servidor.edu or fran</source>
        <translation>una dirección o un nombre de usuario como fran@servidor.edu o fran</translation>
    </message>
    <message>
        <source>a number of seconds from 1 to %1</source>
        <translation>un número de segundos de 1 a %1</translation>
    </message>
    <message>
        <source>"end" without a "session" or an "exercise" before it</source>
        <translation>"end" sin un "session" o un "exercise" antes</translation>
    </message>
    <message>
        <source>%1 outside an exercise; start one with a line "exercise"</source>
        <translation>%1 fuera de un ejercicio; empieza uno con una línea "exercise"</translation>
    </message>
    <message>
        <source>the name of a header field such as From</source>
        <translation>el nombre de un campo de cabecera, como From</translation>
    </message>
    <message>
        <source>%1 is not a header field name (RFC 5322 §3.6.8: printable characters without spaces or ":")</source>
        <translation>%1 no es un nombre de campo de cabecera (RFC 5322 §3.6.8: caracteres imprimibles sin espacios ni ":")</translation>
    </message>
    <message>
        <source>the header name</source>
        <translation>el nombre de la cabecera</translation>
    </message>
    <message>
        <source>"count", "subject", "attachment", "header", "body" or the end of the line</source>
        <translation>"count", "subject", "attachment", "header", "body" o el final de la línea</translation>
    </message>
    <message>
        <source>a connection can be cut at %1 only; found %2</source>
        <translation>una conexión solo se puede cortar en %1; se encontró %2</translation>
    </message>
    <message>
        <source> or the end of the line</source>
        <translation> o el final de la línea</translation>
    </message>
    <message>
        <source>a delay in milliseconds from 0 to %1</source>
        <translation>un retraso en milisegundos de 0 a %1</translation>
    </message>
    <message>
        <source>cannot ask about the reply to %1; expected one of: %2</source>
        <translation>no se puede preguntar por la respuesta a %1; se esperaba uno de: %2</translation>
    </message>
    <message>
        <source>reply codes separated by commas, such as 250, 452, 550</source>
        <translation>códigos de respuesta separados por comas, como 250, 452, 550</translation>
    </message>
    <message>
        <source>expected a reply code such as 250, +OK or -ERR in the choices, found %1</source>
        <translation>se esperaba un código de respuesta como 250, +OK o -ERR en las opciones, se encontró %1</translation>
    </message>
    <message>
        <source>a prediction needs at least two choices</source>
        <translation>una predicción necesita al menos dos opciones</translation>
    </message>
    <message>
        <source>this exercise already has a solution</source>
        <translation>este ejercicio ya tiene una solución</translation>
    </message>
    <message>
        <source>"goal" for this language is already given in this exercise</source>
        <translation>"goal" para este idioma ya está dado en este ejercicio</translation>
    </message>
    <message>
        <source>exercise without "end"; close its goal, hint, check and solution lines with a line "end"</source>
        <translation>ejercicio sin "end"; cierra sus líneas goal, hint, check y solution con una línea "end"</translation>
    </message>
    <message>
        <source>exercise without a goal; add a line such as goal gl "Envía unha mensaxe a Fran escribindo SMTP a man"</source>
        <translation>ejercicio sin objetivo; añade una línea como goal es "Envía un mensaje a Fran escribiendo SMTP a mano"</translation>
    </message>
    <message>
        <source>exercise without a check; add a line such as check mailbox fran@servidor.edu count 1</source>
        <translation>ejercicio sin comprobación; añade una línea como check mailbox fran@servidor.edu count 1</translation>
    </message>
    <message>
        <source>no server or MX serves the domain %1: mail to it would bounce at once; did you mean %2?</source>
        <translation>ningún servidor ni MX sirve el dominio %1: el correo para él rebotaría enseguida; ¿querías decir %2?</translation>
    </message>
    <message>
        <source>a number of students from 1 to %1</source>
        <translation>un número de alumnos de 1 a %1</translation>
    </message>
    <message>
        <source>the number of students</source>
        <translation>el número de alumnos</translation>
    </message>
    <message>
        <source>a class has at most %1 students</source>
        <translation>una clase tiene como mucho %1 alumnos</translation>
    </message>
    <message>
        <source>a CSV file such as alumnos.csv</source>
        <translation>un fichero CSV como alumnos.csv</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>el nombre del fichero</translation>
    </message>
    <message>
        <source>a class is already declared on line %1</source>
        <translation>ya se declaró una clase en la línea %1</translation>
    </message>
    <message>
        <source>the class file %1 is too large (%2 bytes; at most %3)</source>
        <translation>el fichero de la clase %1 es demasiado grande (%2 bytes; como mucho %3)</translation>
    </message>
    <message>
        <source>cannot read the class file %1: %2</source>
        <translation>no se puede leer el fichero de la clase %1: %2</translation>
    </message>
    <message>
        <source>expected a header line "name,user" or "name,user,domain" (the domain column may hold whole addresses), found %1</source>
        <translation>se esperaba una línea de cabecera "name,user" o "name,user,domain" (la columna del dominio puede llevar direcciones completas), se encontró %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed, or text follows its closing quote: %1</source>
        <translation>un campo entre comillas no se cierra, o hay texto después de la comilla final: %1</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2: %3</source>
        <translation>se esperaban %1 campos como en la cabecera, se encontraron %2: %3</translation>
    </message>
    <message>
        <source>the student's name is empty</source>
        <translation>el nombre del alumno está vacío</translation>
    </message>
    <message>
        <source>expected a user name such as alumno1 (lower case letters, digits, '.', '_' and '-', at most 32), found %1</source>
        <translation>se esperaba un nombre de usuario como alumno1 (minúsculas, dígitos, '.', '_' y '-', como mucho 32), se encontró %1</translation>
    </message>
    <message>
        <source>expected the address %1@DOMAIN (its local part is the user name), found %2</source>
        <translation>se esperaba la dirección %1@DOMINIO (su parte local es el nombre de usuario), se encontró %2</translation>
    </message>
    <message>
        <source>no domain for %1: add a domain column, or "on DOMAIN" after the file name</source>
        <translation>no hay dominio para %1: añade una columna de dominio, u "on DOMINIO" después del nombre del fichero</translation>
    </message>
    <message>
        <source>expected a domain such as 2esi.org, found %1</source>
        <translation>se esperaba un dominio como 2esi.org, se encontró %1</translation>
    </message>
    <message>
        <source>the class file %1 names no student (a header line "name,user,domain", then one line per student)</source>
        <translation>el fichero de la clase %1 no nombra a ningún alumno (una línea de cabecera "name,user,domain" y después una línea por alumno)</translation>
    </message>
    <message>
        <source>the class file %1 was not found; it is looked for in the scenario's folder (%2)</source>
        <translation>no se encontró el fichero de la clase %1; se busca en la carpeta del escenario (%2)</translation>
    </message>
    <message>
        <source>%1 is each student's own address, and this scenario declares no class; add a line such as "students 30 on 2esi.org"</source>
        <translation>%1 es la dirección de cada alumno, y este escenario no declara ninguna clase; añade una línea como "students 30 on 2esi.org"</translation>
    </message>
    <message>
        <source>"private" is given twice in the "%1" statement</source>
        <translation>"private" aparece dos veces en la instrucción "%1"</translation>
    </message>
    <message>
        <source>this class line says "private" but the one on line %1 does not: every class line says "private" (a world for each student), or none does</source>
        <translation>esta línea de la clase dice "private" pero la de la línea %1 no: o todas las líneas de la clase dicen "private" (un mundo para cada alumno) o ninguna</translation>
    </message>
    <message>
        <source>the class line on line %1 says "private" but this one does not: every class line says "private" (a world for each student), or none does</source>
        <translation>la línea de la clase de la línea %1 dice "private" pero esta no: o todas las líneas de la clase dicen "private" (un mundo para cada alumno) o ninguna</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>it listens on: %1</source>
        <translation>escucha en: %1</translation>
    </message>
    <message>
        <source>%1 does not listen on port %2</source>
        <translation>%1 no escucha en el puerto %2</translation>
    </message>
    <message>
        <source>%1 listens on port %2</source>
        <translation>%1 escucha en el puerto %2</translation>
    </message>
    <message>
        <source>no webmail serves its domain</source>
        <translation>ningún webmail sirve su dominio</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>respondió %1</translation>
    </message>
    <message>
        <source>%1 answered with status %2</source>
        <translation>%1 respondió con el estado %2</translation>
    </message>
    <message>
        <source>the browser has not opened a page yet</source>
        <translation>el navegador aún no ha abierto ninguna página</translation>
    </message>
    <message>
        <source>the text is not there</source>
        <translation>el texto no está</translation>
    </message>
    <message>
        <source>the text is there</source>
        <translation>el texto está</translation>
    </message>
    <message>
        <source>%1 does not contain "%2"</source>
        <translation>%1 no contiene "%2"</translation>
    </message>
    <message>
        <source>%1 contains "%2"</source>
        <translation>%1 contiene "%2"</translation>
    </message>
    <message>
        <source>the page %2 in %1's browser</source>
        <translation>la página %2 en el navegador de %1</translation>
    </message>
    <message>
        <source>%1's browser did not get the page it asked for: %2</source>
        <translation>el navegador de %1 no obtuvo la página que pidió: %2</translation>
    </message>
    <message>
        <source>no TLS session</source>
        <translation>ninguna sesión TLS</translation>
    </message>
    <message>
        <source>TLS sessions: %1</source>
        <translation>sesiones TLS: %1</translation>
    </message>
    <message>
        <source>TLS on %1 is refused "%2"</source>
        <translation>TLS en %1 es rechazado "%2"</translation>
    </message>
    <message>
        <source>%1 is encrypted (TLS)</source>
        <translation>%1 va cifrado (TLS)</translation>
    </message>
    <message>
        <source>it is not there (%1 octets crossed)</source>
        <translation>no está (cruzaron %1 octetos)</translation>
    </message>
    <message>
        <source>it crossed in clear (%1 octets crossed)</source>
        <translation>pasó en claro (cruzaron %1 octetos)</translation>
    </message>
    <message>
        <source>on %1 nobody reads "%2"</source>
        <translation>en %1 nadie lee "%2"</translation>
    </message>
    <message>
        <source>on %1 anyone reads "%2"</source>
        <translation>en %1 cualquiera lee "%2"</translation>
    </message>
    <message>
        <source>the wire between %1 and %2</source>
        <translation>el cable entre %1 y %2</translation>
    </message>
    <message>
        <source>it has not searched yet</source>
        <translation>aún no ha buscado</translation>
    </message>
    <message>
        <source>%1 has searched</source>
        <translation>%1 ha hecho una búsqueda</translation>
    </message>
    <message>
        <source>what %1's last search found</source>
        <translation>lo que encontró la última búsqueda de %1</translation>
    </message>
    <message>
        <source>no message in %1 has that subject</source>
        <translation>ningún mensaje de %1 tiene ese asunto</translation>
    </message>
    <message>
        <source>%1 finds the message "%2" in %3</source>
        <translation>%1 encuentra el mensaje "%2" en %3</translation>
    </message>
    <message>
        <source>%1 (only the messages not flagged %2)</source>
        <translation>%1 (solo los mensajes sin la marca %2)</translation>
    </message>
    <message>
        <source>%1 (only the messages flagged %2)</source>
        <translation>%1 (solo los mensajes marcados %2)</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>no hay ninguna carpeta %1</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source>the folder %2 of %1</source>
        <translation>la carpeta %2 de %1</translation>
    </message>
    <message>
        <source>no attachment was left on the server</source>
        <translation>ningún adjunto se quedó en el servidor</translation>
    </message>
    <message>
        <source>attachments left on the server: %1</source>
        <translation>adjuntos que se quedaron en el servidor: %1</translation>
    </message>
    <message>
        <source>%1 has a message whose attachment "%2" stayed on the server</source>
        <translation>%1 tiene un mensaje cuyo adjunto "%2" se quedó en el servidor</translation>
    </message>
    <message>
        <source>the step ends within %1 s</source>
        <translation>el paso termina en un máximo de %1 s</translation>
    </message>
    <message>
        <source>still busy; the run stops here</source>
        <translation>sigue ocupado; la ejecución se detiene aquí</translation>
    </message>
    <message>
        <source>the scripted %1 session with %2 goes as written</source>
        <translation>la sesión %1 con %2 sigue el guion escrito</translation>
    </message>
    <message>
        <source>%1 holds %2 message(s)</source>
        <translation>%1 contiene %2 mensaje(s)</translation>
    </message>
    <message>
        <source>it holds %1</source>
        <translation>contiene %1</translation>
    </message>
    <message>
        <source>%1 has a message with subject "%2"</source>
        <translation>%1 tiene un mensaje con el asunto "%2"</translation>
    </message>
    <message>
        <source>it has no messages</source>
        <translation>no tiene mensajes</translation>
    </message>
    <message>
        <source>subjects found: %1</source>
        <translation>asuntos encontrados: %1</translation>
    </message>
    <message>
        <source>the mailbox of %1</source>
        <translation>el buzón de %1</translation>
    </message>
    <message>
        <source>the inbox of %1's mail client</source>
        <translation>la bandeja de entrada del cliente de correo de %1</translation>
    </message>
    <message>
        <source>the queue of %1</source>
        <translation>la cola de mensajes de %1</translation>
    </message>
    <message>
        <source>a reply %1 was seen in the last action</source>
        <translation>en la última acción apareció una respuesta %1</translation>
    </message>
    <message>
        <source>replies seen: %1</source>
        <translation>respuestas vistas: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>%1 has a message with the attachment "%2"</source>
        <translation>%1 tiene un mensaje con el adjunto "%2"</translation>
    </message>
    <message>
        <source>no attachments found</source>
        <translation>no se ha encontrado ningún adjunto</translation>
    </message>
    <message>
        <source>attachments found: %1</source>
        <translation>adjuntos encontrados: %1</translation>
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
        <translation>%1 vuelve a escuchar</translation>
    </message>
    <message>
        <source>done with the solution shown</source>
        <translation>hecho con la solución a la vista</translation>
    </message>
    <message>
        <source>done by the student</source>
        <translation>hecho por el alumno</translation>
    </message>
    <message>
        <source>the solution did not reach the goal</source>
        <translation>la solución no llegó al objetivo</translation>
    </message>
    <message>
        <source>%1 will cut the connection at %2</source>
        <translation>%1 cortará la conexión en %2</translation>
    </message>
    <message>
        <source>%1 will cut the connection at %2 for %3</source>
        <translation>%1 cortará la conexión en %2 para %3</translation>
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
        <translation>%1 vuelve a responder a %2 con normalidad</translation>
    </message>
    <message>
        <source>the link of %1 is slow: each line it writes arrives %2 ms late</source>
        <translation>el enlace de %1 es lento: cada línea que escribe llega %2 ms tarde</translation>
    </message>
    <message>
        <source>the link of %1 is fast again</source>
        <translation>el enlace de %1 vuelve a ser rápido</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Ejercicio: %1</translation>
    </message>
    <message>
        <source>nobody to type it and no solution to play</source>
        <translation>no hay quien lo escriba ni solución que reproducir</translation>
    </message>
    <message>
        <source>Hint %1 of %2: %3</source>
        <translation>Pista %1 de %2: %3</translation>
    </message>
    <message>
        <source>the exercise's solution (%1 with %2) goes as written</source>
        <translation>la solución del ejercicio (%1 con %2) va como está escrita</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>Exercise done (%1): %2</source>
        <translation>Ejercicio hecho (%1): %2</translation>
    </message>
    <message>
        <source>Exercise not done (%1): %2</source>
        <translation>Ejercicio sin hacer (%1): %2</translation>
    </message>
    <message>
        <source>the exercise is done</source>
        <translation>el ejercicio está hecho</translation>
    </message>
    <message>
        <source>%1 has a message whose %2 header contains "%3"</source>
        <translation>%1 tiene un mensaje cuya cabecera %2 contiene "%3"</translation>
    </message>
    <message>
        <source>no message has a %1 header</source>
        <translation>ningún mensaje tiene cabecera %1</translation>
    </message>
    <message>
        <source>%1 headers found: %2</source>
        <translation>cabeceras %1 encontradas: %2</translation>
    </message>
    <message>
        <source>no replies yet</source>
        <translation>aún no hay respuestas</translation>
    </message>
    <message>
        <source>the question about %1&apos;s reply to %2 (%3)</source>
        <translation>la pregunta sobre la respuesta de %1 a %2 (%3)</translation>
    </message>
    <message>
        <source>never asked: no such reply came during the run</source>
        <translation>nunca se preguntó: esa respuesta no llegó durante la ejecución</translation>
    </message>
    <message>
        <source>%1 has a message whose text contains "%2"</source>
        <translation>%1 tiene un mensaje cuyo texto contiene "%2"</translation>
    </message>
    <message>
        <source>no message&apos;s text contains it</source>
        <translation>el texto de ningún mensaje lo contiene</translation>
    </message>
</context>
<context>
    <name>ScriptSession</name>
    <message>
        <source>expected the server to say "%1", but it said "%2"</source>
        <translation>se esperaba que el servidor dijera "%1", pero dijo "%2"</translation>
    </message>
    <message>
        <source>the server closed the connection before the script ended</source>
        <translation>el servidor cerró la conexión antes de que terminara el guion</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
</context>
<context>
    <name>ServerViews</name>
    <message>
        <source>Service and port</source>
        <translation>Servicio y puerto</translation>
    </message>
    <message>
        <source>netstat -tln: %1</source>
        <translation>netstat -tln: %1</translation>
    </message>
    <message>
        <source>%1 — port %2, chosen by the system</source>
        <translation>%1 — puerto %2, elegido por el sistema</translation>
    </message>
    <message>
        <source>%1 — port %2</source>
        <translation>%1 — puerto %2</translation>
    </message>
    <message>
        <source>%1 — port %2 = %3 + %4</source>
        <translation>%1 — puerto %2 = %3 + %4</translation>
    </message>
    <message>
        <source>%1 normally listens on port %2 (%3 in /etc/services); here on %4, the standard port plus the offset %5, and netstat -tl is shown naming it as the standard one.</source>
        <translation>%1 suele escuchar en el puerto %2 (%3 en /etc/services); aquí en el %4, el puerto estándar más el desplazamiento %5, y netstat -tl se muestra nombrándolo como el estándar.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Buzones</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>A la escucha</translation>
    </message>
    <message>
        <source>Each server's outgoing queue: messages waiting to be relayed to another server.</source>
        <translation>La cola de salida de cada servidor: mensajes que esperan a ser retransmitidos a otro servidor.</translation>
    </message>
    <message>
        <source>Each user's mailbox on its server, as POP3 will list it.</source>
        <translation>El buzón de cada usuario en su servidor, tal como lo listará POP3.</translation>
    </message>
    <message>
        <source>The sockets the servers listen on, as netstat -tl shows them. These are real sockets: netstat or ss in a terminal lists them too.</source>
        <translation>Los sockets en los que escuchan los servidores, tal como los muestra netstat -tl. Son sockets reales: netstat o ss en un terminal también los muestran.</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>ID en la cola</translation>
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
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
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
        <translation>Dirección local</translation>
    </message>
    <message>
        <source>Foreign Address</source>
        <translation>Dirección remota</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n message(s)</source>
        <translation>
            <numerusform>%1 — %n mensaje</numerusform>
            <numerusform>%1 — %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>sending now</source>
        <translation>enviándose ahora</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>dentro de %1 s</translation>
    </message>
    <message>
        <source>To %1, via the MX of %2</source>
        <translation>Para %1, a través del MX de %2</translation>
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
        <translation>%1 suele escuchar en el puerto %2; aquí, en el %3</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>INBOX: what POP3 lists and IMAP's INBOX</source>
        <translation>INBOX: lo que lista POP3 y la INBOX de IMAP</translation>
    </message>
    <message>
        <source>UID %1</source>
        <translation>UID %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 ▸ %2 — %n message(s)</source>
        <translation>
            <numerusform>%1 ▸ %2 — %n mensaje</numerusform>
            <numerusform>%1 ▸ %2 — %n mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PcapngExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the name must end in .svg or .png</source>
        <translation>el nombre debe terminar en .svg o .png</translation>
    </message>
    <message>
        <source>drawing needs a graphical application</source>
        <translation>para dibujar hace falta una aplicación gráfica</translation>
    </message>
    <message>
        <source>there is no transcript to draw</source>
        <translation>no hay ninguna transcripción que dibujar</translation>
    </message>
    <message>
        <source>Carteiro timeline</source>
        <translation>Cronología de Carteiro</translation>
    </message>
    <message>
        <source>Every command and reply of the scenario, as a sequence diagram</source>
        <translation>Todos los comandos y respuestas del escenario, como diagrama de secuencia</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>no se pudo iniciar el SVG</translation>
    </message>
    <message>
        <source>%1 rows are too many for a PNG image; export it as .svg</source>
        <translation>%1 filas son demasiadas para una imagen PNG; hay que exportarla como .svg</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>no hay memoria suficiente para la imagen</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>(empty line)</source>
        <translation>(línea vacía)</translation>
    </message>
    <message>
        <source>TCP connection opened: %1</source>
        <translation>Conexión TCP abierta: %1</translation>
    </message>
    <message>
        <source>TCP connection closed by %1</source>
        <translation>Conexión TCP cerrada por %1</translation>
    </message>
    <message>
        <source>TCP connection closed: %1</source>
        <translation>Conexión TCP cerrada: %1</translation>
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
        <translation>✔ Esperado: %1</translation>
    </message>
    <message>
        <source>✘ Expected: %1</source>
        <translation>✘ Esperado: %1</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>tiempo (s)</translation>
    </message>
    <message>
        <source>This line carries a password in clear text, shown on purpose as in the course: anyone who can watch the network can read it (base64 is not encryption). Real servers first encrypt the connection with TLS.</source>
        <translation>Esta línea lleva una contraseña en texto claro, mostrada a propósito como en el curso: cualquiera que pueda observar la red puede leerla (base64 no es cifrado). Los servidores reales primero cifran la conexión con TLS.</translation>
    </message>
    <message>
        <source>Encrypted from here: %1, %2 (certificate NOT verified)</source>
        <translation>Cifrado desde aquí: %1, %2 (certificado NO verificado)</translation>
    </message>
    <message>
        <source>Encrypted from here: %1, %2</source>
        <translation>Cifrado desde aquí: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Carried by an encrypted TLS record of %n octet(s): on the wire only its header and ciphertext are seen.</source>
        <translation>
            <numerusform>Llevado por un registro TLS cifrado de %n octeto: en la red solo se ven su cabecera y el texto cifrado.</numerusform>
            <numerusform>Llevado por un registro TLS cifrado de %n octetos: en la red solo se ven su cabecera y el texto cifrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carried by a TLS record in clear of %n octet(s).</source>
        <translation>
            <numerusform>Llevado por un registro TLS en claro de %n octeto.</numerusform>
            <numerusform>Llevado por un registro TLS en claro de %n octetos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before it, %n TLS record(s) that carried no line or message of their own.</source>
        <translation>
            <numerusform>Antes, %n registro TLS que no llevó ninguna línea ni mensaje propio.</numerusform>
            <numerusform>Antes, %n registros TLS que no llevaron ninguna línea ni mensaje propio.</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP connection reset (RST) by %1</source>
        <translation>Conexión TCP cortada de golpe (RST) por %1</translation>
    </message>
    <message>
        <source>This line carries a password in clear text, masked here as ****: anyone who can watch the network can read it (base64 is not encryption). Real servers first encrypt the connection with TLS.</source>
        <translation>Esta línea lleva una contraseña en claro, aquí oculta como ****: cualquiera que pueda observar la red puede leerla (base64 no es cifrado). Los servidores reales cifran antes la conexión con TLS.</translation>
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
        <translation>cierra</translation>
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
        <translation>comprueba</translation>
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
        <translation>%1 rechazó un mensaje de %2: ya pidió enviar %3 en el último minuto, el límite para un cliente (smtpd_client_message_rate_limit de Postfix)</translation>
    </message>
    <message>
        <source>%1 refused a connection from %2: it opened %3 in the last minute already, the limit for one client (Postfix's smtpd_client_connection_rate_limit)</source>
        <translation>%1 rechazó una conexión de %2: ya abrió %3 en el último minuto, el límite para un cliente (smtpd_client_connection_rate_limit de Postfix)</translation>
    </message>
    <message>
        <source>%1 refused a connection from %2: it has %3 connections open already, the limit for one client (Postfix's smtpd_client_connection_count_limit)</source>
        <translation>%1 rechazó una conexión de %2: ya tiene %3 conexiones abiertas, el límite para un cliente (smtpd_client_connection_count_limit de Postfix)</translation>
    </message>
    <message>
        <source>there is no server %1</source>
        <translation>no hay ningún servidor %1</translation>
    </message>
    <message>
        <source>%1 reconfigured: %2</source>
        <translation>%1 reconfigurado: %2</translation>
    </message>
    <message>
        <source>%1 listens on loopback only (inet_interfaces = loopback-only): the connection from %2 is refused</source>
        <translation>%1 solo escucha en el loopback (inet_interfaces = loopback-only): la conexión de %2 es rechazada</translation>
    </message>
    <message>
        <source>Mallory</source>
        <translation>Mallory</translation>
    </message>
    <message>
        <source>%1 offers no TLS: %2</source>
        <translation>%1 no ofrece TLS: %2</translation>
    </message>
    <message>
        <source>no TLS: the classroom CA cannot be used: %1</source>
        <translation>sin TLS: no se puede usar la CA del aula: %1</translation>
    </message>
    <message>
        <source>%1 cannot listen for %2 on %3:%4: %5</source>
        <translation>%1 no puede escuchar %2 en %3:%4: %5</translation>
    </message>
    <message>
        <source>outside %1</source>
        <translation>externo %1</translation>
    </message>
    <message>
        <source>%1 stops listening on %2:%3 (%4)</source>
        <translation>%1 deja de escuchar en %2:%3 (%4)</translation>
    </message>
    <message>
        <source>%1 listens again on %2:%3 (%4)</source>
        <translation>%1 vuelve a escuchar en %2:%3 (%4)</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2): no such service</source>
        <translation>no se puede conectar con %1 (%2): no existe ese servicio</translation>
    </message>
    <message>
        <source>%1 refused a connection from %2: %3 connections are open already (the limit)</source>
        <translation>%1 rechazó una conexión de %2: ya hay %3 conexiones abiertas (el límite)</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>no se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the data directory %1 is in use by another carteiro</source>
        <translation>otro carteiro está usando el directorio de datos %1</translation>
    </message>
    <message>
        <source>%1 keeps its mail in %2: %3 message(s) in the mailboxes, %4 in the queue</source>
        <translation>%1 guarda su correo en %2: %3 mensaje(s) en los buzones, %4 en la cola</translation>
    </message>
    <message>
        <source>The private worlds of %1 students need ports %2 to %3 (%4 each), but the system's temporary ports start at %5: give a smaller --port-offset, or fewer services or students</source>
        <translation>Los mundos privados de %1 alumnos necesitan los puertos del %2 al %3 (%4 cada uno), pero los puertos temporales del sistema empiezan en el %5: indica un --port-offset menor, o menos servicios o alumnos</translation>
    </message>
    <message>
        <source>%1 cannot listen for %2: its port would be %3, but the system's temporary ports start at %4</source>
        <translation>%1 no puede escuchar %2: su puerto sería el %3, pero los puertos temporales del sistema empiezan en el %4</translation>
    </message>
</context>
<context>
    <name>WorldFile</name>
    <message>
        <source>a port number</source>
        <translation>un número de puerto</translation>
    </message>
    <message>
        <source>"%1" is not a server of this world</source>
        <translation>«%1» no es un servidor de este mundo</translation>
    </message>
    <message>
        <source>"%1" is neither a server nor a client of this world</source>
        <translation>"%1" no es ni un servidor ni un cliente de este mundo</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>se esperaba una lista de textos</translation>
    </message>
    <message>
        <source>expected "passed" or "failed", found "%1"</source>
        <translation>se esperaba "passed" o "failed", se encontró "%1"</translation>
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
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>missing (expected %1)</source>
        <translation>falta (se esperaba %1)</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1 y se encontró %2</translation>
    </message>
    <message>
        <source>%1 entries, more than the %2 a world file may hold</source>
        <translation>%1 entradas, más de las %2 que puede tener un archivo de mundo</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>más largo de %1 caracteres</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se esperaba un número entero y se encontró %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 está fuera del intervalo (de %2 a %3)</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>mayor de %1 MiB</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>no es base64 válido</translation>
    </message>
    <message>
        <source>expected a string or {"base64": …}, found %1</source>
        <translation>se esperaba un texto o {"base64": …} y se encontró %1</translation>
    </message>
    <message>
        <source>missing (expected a string or {"base64": …})</source>
        <translation>falta (se esperaba un texto o {"base64": …})</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB, the most a world file may be</source>
        <translation>%1: el archivo ocupa más de %2 MiB, el máximo de un archivo de mundo</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most a world file may be</source>
        <translation>el archivo ocupa más de %1 MiB, el máximo de un archivo de mundo</translation>
    </message>
    <message>
        <source>the file is empty: not a Carteiro world file</source>
        <translation>el archivo está vacío: no es un archivo de mundo de Carteiro</translation>
    </message>
    <message>
        <source>not a valid world file: broken JSON at offset %1 (%2): %3</source>
        <translation>no es un archivo de mundo válido: JSON roto en la posición %1 (%2): %3</translation>
    </message>
    <message>
        <source>not a Carteiro world file: the file is not a JSON object</source>
        <translation>no es un archivo de mundo de Carteiro: el archivo no es un objeto JSON</translation>
    </message>
    <message>
        <source>not a Carteiro world file: "format" is %1, expected "%2"</source>
        <translation>no es un archivo de mundo de Carteiro: "format" es %1 y se esperaba "%2"</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>world file version %1 is not supported: this Carteiro reads version %2</source>
        <translation>la versión %1 de archivo de mundo no está admitida: este Carteiro lee la versión %2</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>"%1" no es una dirección IP</translation>
    </message>
    <message>
        <source>"%1" is not a mail address</source>
        <translation>"%1" no es una dirección de correo</translation>
    </message>
    <message>
        <source>"%1" appears twice</source>
        <translation>"%1" aparece dos veces</translation>
    </message>
    <message>
        <source>%1@%2 is not one of the users</source>
        <translation>%1@%2 no es ninguno de los usuarios</translation>
    </message>
    <message>
        <source>%1 is not one of the users</source>
        <translation>%1 no es ninguno de los usuarios</translation>
    </message>
    <message>
        <source>is not an IMAP flag</source>
        <translation>no es una marca de IMAP</translation>
    </message>
    <message>
        <source>"%1" is not a usable folder name here</source>
        <translation>"%1" no es un nombre de carpeta que se pueda usar aquí</translation>
    </message>
    <message>
        <source>must be above every imapUid</source>
        <translation>debe ser mayor que todos los imapUid</translation>
    </message>
    <message>
        <source>expected "delete" or "keep", found "%1"</source>
        <translation>se esperaba "delete" o "keep" y se encontró "%1"</translation>
    </message>
    <message>
        <source>expected %1, found %2 (events must be in order)</source>
        <translation>se esperaba %1 y se encontró %2 (los eventos deben ir en orden)</translation>
    </message>
    <message>
        <source>unknown kind "%1"</source>
        <translation>tipo "%1" desconocido</translation>
    </message>
    <message>
        <source>unknown protocol "%1"</source>
        <translation>protocolo "%1" desconocido</translation>
    </message>
    <message>
        <source>expected "C" or "S", found "%1"</source>
        <translation>se esperaba "C" o "S" y se encontró "%1"</translation>
    </message>
    <message>
        <source>unknown phase "%1"</source>
        <translation>fase "%1" desconocida</translation>
    </message>
    <message>
        <source>unknown line role "%1"</source>
        <translation>papel de línea "%1" desconocido</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--client-limit-exceptions needs addresses or subnets such as 127.0.0.0/8,192.168.1.10 separated by commas, or "none"; "%1" is neither</source>
        <translation>--client-limit-exceptions necesita direcciones o subredes como 127.0.0.0/8,192.168.1.10 separadas por comas, o "none"; "%1" no es ninguna de las dos cosas</translation>
    </message>
    <message>
        <source>--%1 needs a number from 0 (no limit) to 100000, not "%2"</source>
        <translation>--%1 necesita un número de 0 (sin límite) a 100000, no "%2"</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>direcciones</translation>
    </message>
    <message>
        <source>Client addresses or subnets never limited, separated by commas, or "none" (default 127.0.0.0/8,::1/128: this machine, as Postfix's $mynetworks on Debian).</source>
        <translation>Direcciones o subredes de clientes que nunca se limitan, separadas por comas, o "none" (por defecto 127.0.0.0/8,::1/128: esta máquina, como $mynetworks de Postfix en Debian).</translation>
    </message>
    <message>
        <source>MAIL commands one client address may give in a minute, as Postfix's smtpd_client_message_rate_limit (default %1; 0: no limit).</source>
        <translation>Órdenes MAIL que una misma dirección cliente puede dar en un minuto, como smtpd_client_message_rate_limit de Postfix (por defecto %1; 0: sin límite).</translation>
    </message>
    <message>
        <source>Connections one client address may open in a minute, as Postfix's smtpd_client_connection_rate_limit (default %1; 0: no limit).</source>
        <translation>Conexiones que una misma dirección cliente puede abrir en un minuto, como smtpd_client_connection_rate_limit de Postfix (por defecto %1; 0: sin límite).</translation>
    </message>
    <message>
        <source>Connections one client address may hold open at once; more are told to try again later, as Postfix's smtpd_client_connection_count_limit (default %1; 0: no limit).</source>
        <translation>Conexiones que una misma dirección cliente puede tener abiertas a la vez; a las demás se les dice que lo intenten más tarde, como smtpd_client_connection_count_limit de Postfix (por defecto %1; 0: sin límite).</translation>
    </message>
    <message>
        <source>--export-handout plays a scenario; it does not read a saved world</source>
        <translation>--export-handout reproduce un escenario; no lee un mundo guardado</translation>
    </message>
    <message>
        <source>Run the scenario without a window and write a PDF handout for a class: its story, timeline, dialogue, exercises and questions, with the answers on the last pages.</source>
        <translation>Ejecuta el escenario sin ventana y escribe una hoja en PDF para la clase: la historia, la cronología, el diálogo, los ejercicios y las preguntas, con las respuestas en las últimas páginas.</translation>
    </message>
    <message>
        <source>--keep-bytes needs a size in octets, 0 or more, with K, M or G if wanted (8M), not "%1"</source>
        <translation>--keep-bytes necesita un tamaño en octetos, 0 o más, con K, M o G si se quiere (8M), no «%1»</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>--serve and --class: memory the transcript's latest events may take, in octets or with K, M or G; the oldest are dropped beyond it (default 6M; 0 keeps all).</source>
        <translation>--serve y --class: memoria que pueden ocupar los últimos eventos de la transcripción, en octetos o con K, M o G; más allá se descartan los más antiguos (por omisión 6M; 0 los conserva todos).</translation>
    </message>
    <message>
        <source>--serve and --class: keep no more than about this many of the latest transcript events in memory, dropping the oldest (default 0: only --keep-bytes bounds them).</source>
        <translation>--serve y --class: conservar en memoria como mucho unos tantos eventos, los últimos de la transcripción, descartando los más antiguos (por omisión 0: solo los limita --keep-bytes).</translation>
    </message>
    <message>
        <source>Give one file to open, or --scenario, or --load-world, not more: %1</source>
        <translation>Indica un fichero que abrir, o --scenario, o --load-world, no más: %1</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[fichero]</translation>
    </message>
    <message>
        <source>A scenario file to play, or a saved world (.carteiro) to open: the same as --scenario file or --load-world file.</source>
        <translation>Un fichero de escenario que reproducir o un mundo guardado (.carteiro) que abrir: lo mismo que --scenario fichero o --load-world fichero.</translation>
    </message>
    <message>
        <source>--user may not contain spaces, nor --password a line break</source>
        <translation>--user no puede llevar espacios, ni --password un salto de línea</translation>
    </message>
    <message>
        <source>Check an installed mail server (Postfix and Dovecot) as the course does: the ports that listen, SMTP&apos;s greeting and EHLO, mail for --user@--domain accepted, relaying for strangers refused, POP3 and IMAP log-in with --user and --password, and TLS; exit status 0 when every check holds, 1 when one does not.</source>
        <translation>Comprueba un servidor de correo instalado (Postfix y Dovecot) como hace el curso: los puertos que escuchan, el saludo y el EHLO de SMTP, el correo para --user@--domain aceptado, el reenvío para desconocidos rechazado, el inicio de sesión POP3 e IMAP con --user y --password, y TLS; código de salida 0 cuando se cumplen todas las comprobaciones, 1 cuando falla alguna.</translation>
    </message>
    <message>
        <source>With --check-server: the domain the server takes mail for (the system mail name given when installing Postfix, e.g. 2esi.org).</source>
        <translation>Con --check-server: el dominio para el que el servidor recibe correo (el nombre de correo del sistema dado al instalar Postfix, p. ej. 2esi.org).</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <source>With --check-server: a user of the server (alumno1).</source>
        <translation>Con --check-server: un usuario del servidor (alumno1).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>With --check-server: that user&apos;s password, to log in by POP3 and IMAP.</source>
        <translation>Con --check-server: la contraseña de ese usuario, para iniciar sesión por POP3 e IMAP.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>With --check-server: ports other than the standard ones, as smtp=N,submission=N,pop3=N,imap=N,pop3s=N,imaps=N (any of them).</source>
        <translation>Con --check-server: puertos distintos de los estándar, como smtp=N,submission=N,pop3=N,imap=N,pop3s=N,imaps=N (cualquiera de ellos).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>--check-server needs the server&apos;s address or name</source>
        <translation>--check-server necesita la dirección o el nombre del servidor</translation>
    </message>
    <message>
        <source>--password needs --user too</source>
        <translation>--password necesita también --user</translation>
    </message>
    <message>
        <source>--domain needs a domain such as 2esi.org, not &quot;%1&quot;</source>
        <translation>--domain necesita un dominio como 2esi.org, no «%1»</translation>
    </message>
    <message>
        <source>--%1 works with --check-server</source>
        <translation>--%1 funciona con --check-server</translation>
    </message>
    <message>
        <source>Run the scenario without a window (or --serve, when it ends) and write the keys of its TLS sessions into a file in SSLKEYLOGFILE format.</source>
        <translation>Ejecuta el escenario sin ventana (o --serve, al terminar) y escribe las claves de sus sesiones TLS en un fichero en formato SSLKEYLOGFILE.</translation>
    </message>
    <message>
        <source>Run the scenario without a window (or --serve, when it ends) and write its traffic into a .pcapng capture for Wireshark (TLS sessions decrypt with the keys inside).</source>
        <translation>Ejecuta el escenario sin ventana (o --serve, al terminar) y escribe su tráfico en una captura .pcapng para Wireshark (las sesiones TLS se descifran con las claves que lleva dentro).</translation>
    </message>
    <message>
        <source>Write the certificate of your classroom CA (made the first time it is needed) into a file, to trust it in Thunderbird or a browser; - writes it to the standard output.</source>
        <translation>Escribe en un fichero el certificado de tu CA del aula (creada la primera vez que se necesita), para confiar en ella en Thunderbird o en un navegador; - lo escribe en la salida estándar.</translation>
    </message>
    <message>
        <source>Carteiro: watch e-mail work. Simulated hosts talk real SMTP and POP3 over loopback sockets, and every command and reply is shown.</source>
        <translation>Carteiro: observa cómo funciona el correo electrónico. Máquinas simuladas hablan SMTP y POP3 de verdad a través de sockets de bucle local (loopback), y se muestra cada comando y cada respuesta.</translation>
    </message>
    <message>
        <source>Run the scenario to the end without a window and print the transcript.</source>
        <translation>Ejecuta el escenario hasta el final sin ventana y muestra la transcripción.</translation>
    </message>
    <message>
        <source>Start the scenario's servers only, for telnet, nc or real mail clients.</source>
        <translation>Inicia solo los servidores del escenario, para usarlos con telnet, nc o clientes de correo reales.</translation>
    </message>
    <message>
        <source>Built-in scenario name or scenario file (default: ana-fran).</source>
        <translation>Nombre de un escenario incorporado o archivo de escenario (predeterminado: ana-fran).</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nombre|archivo</translation>
    </message>
    <message>
        <source>Added to the standard ports 25, 587 and 110 (default 10000; 0 gives the real ports). The window moves on to the next free offset when these ports are taken; --headless and the exports listen on ports the system picks unless this is given.</source>
        <translation>Se suma a los puertos estándar 25, 587 y 110 (predeterminado 10000; 0 da los puertos reales). La ventana pasa al siguiente desplazamiento libre cuando esos puertos están ocupados; --headless y las exportaciones escuchan en puertos que elige el sistema si no se indica.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Listen on ports the system picks (printed in the LISTEN lines).</source>
        <translation>Escucha en puertos que elige el sistema (indicados en las líneas LISTEN).</translation>
    </message>
    <message>
        <source>Language of the interface: gl, es or en.</source>
        <translation>Idioma de la interfaz: gl, es o en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Print the transcript as JSON lines.</source>
        <translation>Muestra la transcripción como líneas JSON.</translation>
    </message>
    <message>
        <source>First retry delay of a deferred message, in milliseconds (default 2000).</source>
        <translation>Tiempo de espera antes del primer reintento de un mensaje aplazado, en milisegundos (predeterminado 2000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Check a scenario file and report every error.</source>
        <translation>Comprueba un archivo de escenario e informa de todos los errores.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>List the built-in scenarios.</source>
        <translation>Lista los escenarios incorporados.</translation>
    </message>
    <message>
        <source>--port-offset needs a number from 0 to 64000, not "%1"</source>
        <translation>--port-offset necesita un número de 0 a 64000, no "%1"</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds from 1 to 86400, not "%1"</source>
        <translation>--idle-timeout necesita un número de segundos de 1 a 86400, no "%1"</translation>
    </message>
    <message>
        <source>Run the scenario without a window and draw its timeline into a .svg or .png file.</source>
        <translation>Ejecuta el escenario sin ventana y dibuja su cronología en un archivo .svg o .png.</translation>
    </message>
    <message>
        <source>Run the scenario without a window and write its transcript into a text file.</source>
        <translation>Ejecuta el escenario sin ventana y escribe su transcripción en un archivo de texto.</translation>
    </message>
    <message>
        <source>With --headless: save the world after the run (mailboxes, queues, mail clients, transcript) into a file.</source>
        <translation>Con --headless: guarda en un archivo el mundo tras la ejecución (buzones, colas, clientes de correo, transcripción).</translation>
    </message>
    <message>
        <source>Open a saved world in the window; with --headless, print its transcript.</source>
        <translation>Abre un mundo guardado en la ventana; con --headless, imprime su transcripción.</translation>
    </message>
    <message>
        <source>--load-world works with the window, --headless and the exports, not with --serve</source>
        <translation>--load-world funciona con la ventana, --headless y las exportaciones, no con --serve</translation>
    </message>
    <message>
        <source>--save-world works with --headless; in the window use File ▸ Save world…</source>
        <translation>--save-world funciona con --headless; en la ventana use Archivo ▸ Guardar el mundo…</translation>
    </message>
    <message>
        <source>Make the servers listen on this address instead of their own 127.0.0.x (loopback only, the default). 0.0.0.0 lets anyone on the network connect: a warning says so.</source>
        <translation>Hace que los servidores escuchen en esta dirección en lugar de en su propio 127.0.0.x (solo loopback, lo predeterminado). 0.0.0.0 deja conectarse a cualquiera de la red: un aviso lo dice.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Print passwords in the transcript on the terminal and in --export-transcript (by default they are printed as ****; the window shows them, marked, except on a class: see --class).</source>
        <translation>Imprime las contraseñas en la transcripción en el terminal y en --export-transcript (por defecto se imprimen como ****; la ventana las muestra, marcadas, salvo sobre una clase: véase --class).</translation>
    </message>
    <message>
        <source>Seconds a server session may last in all, however busy (default 3600; 0: no limit).</source>
        <translation>Segundos que puede durar en total una sesión con un servidor, por activa que esté (predeterminado 3600; 0: sin límite).</translation>
    </message>
    <message>
        <source>Server connections open at once; more are told to try again later (default 1000).</source>
        <translation>Conexiones abiertas a la vez con los servidores; a las demás se les dice que lo intenten más tarde (predeterminado 1000).</translation>
    </message>
    <message>
        <source>--listen needs an IP address such as 127.0.0.1 or 0.0.0.0, not "%1"</source>
        <translation>--listen necesita una dirección IP como 127.0.0.1 o 0.0.0.0, no "%1"</translation>
    </message>
    <message>
        <source>--keep-lines needs a number of events, 0 or more, not "%1"</source>
        <translation>--keep-lines necesita un número de eventos, 0 o más, no "%1"</translation>
    </message>
    <message>
        <source>--session-timeout needs a number of seconds from 0 to 604800, not "%1"</source>
        <translation>--session-timeout necesita un número de segundos de 0 a 604800, no "%1"</translation>
    </message>
    <message>
        <source>--max-connections needs a number from 1 to 100000, not "%1"</source>
        <translation>--max-connections necesita un número de 1 a 100000, no "%1"</translation>
    </message>
    <message>
        <source>Print **** instead of passwords in the transcript (the default; see --show-passwords).</source>
        <translation>Imprime **** en lugar de las contraseñas en la transcripción (lo predeterminado; vea --show-passwords).</translation>
    </message>
    <message>
        <source>Seconds a server waits for each complete line from a client (a byte at a time does not count) before closing (default 300).</source>
        <translation>Segundos que espera un servidor cada línea completa de un cliente (un byte cada vez no cuenta) antes de cerrar la conexión (predeterminado 300).</translation>
    </message>
    <message>
        <source>Keep the servers' mailboxes and queues in this directory, as Maildir folders (--serve default: %1; "" keeps them in memory).</source>
        <translation>Guardar los buzones y las colas de los servidores en este directorio, como carpetas Maildir (por defecto en --serve: %1; "" los mantiene en memoria).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>Keep mailboxes and queues in memory only (the same as --data-dir "").</source>
        <translation>Mantener los buzones y las colas solo en memoria (lo mismo que --data-dir "").</translation>
    </message>
    <message>
        <source>The ports of offset %1 are in use (another carteiro on this machine?): the window listens on offset %2 (%3 %4 on port %5).</source>
        <translation>Los puertos del desplazamiento %1 están ocupados (¿otro carteiro en esta máquina?): la ventana escucha en el desplazamiento %2 (%3 %4 en el puerto %5).</translation>
    </message>
    <message>
        <source>Write a PDF access sheet for the scenario's class: a card per student with address, user, password and the host and ports to connect to. The passwords are those --serve gives with the same data directory.</source>
        <translation>Escribe en PDF la hoja de acceso de la clase del escenario: una tarjeta por alumno con la dirección, el usuario, la contraseña y el servidor y los puertos a los que conectarse. Las contraseñas son las que da --serve con el mismo directorio de datos.</translation>
    </message>
    <message>
        <source>--export-access-sheet reads a scenario; it does not read a saved world</source>
        <translation>--export-access-sheet lee un escenario; no lee un mundo guardado</translation>
    </message>
    <message>
        <source>Listen on LISTEN (a port on 127.0.0.1, or ADDRESS:PORT), pass every connection on to the real server TARGET (ADDRESS:PORT) and draw every line between them, as 2525=127.0.0.1:25 for Postfix or 1110=127.0.0.1:110 for Dovecot. The protocol comes from the port, or is named first (imap:1143=127.0.0.1:10143). May be given several times.</source>
        <translation>Escucha en ESCUCHA (un puerto en 127.0.0.1, o DIRECCIÓN:PUERTO), pasa cada conexión al servidor real DESTINO (DIRECCIÓN:PUERTO) y dibuja cada línea entre ellos, como 2525=127.0.0.1:25 para Postfix o 1110=127.0.0.1:110 para Dovecot. El protocolo se saca del puerto, o se nombra delante (imap:1143=127.0.0.1:10143). Se puede dar varias veces.</translation>
    </message>
    <message>
        <source>LISTEN=TARGET</source>
        <translation>ESCUCHA=DESTINO</translation>
    </message>
    <message>
        <source>With --headless or --serve: under each command and reply, what it is and its RFC section, as the inspector says it.</source>
        <translation>Con --headless o --serve: debajo de cada orden y respuesta, qué es y su sección del RFC, como lo dice el inspector.</translation>
    </message>
    <message>
        <source>With --serve on a class: keep each student's exercise results in a .csv or .json file, rewritten as they change (may be given more than once).</source>
        <translation>Con --serve en una clase: guarda los resultados de los ejercicios de cada alumno en un archivo .csv o .json, que se reescribe cada vez que cambian (se puede dar más de una vez).</translation>
    </message>
    <message>
        <source>Open the window on the class of a scenario file: its servers as --serve starts them (the same ports, data directory and passwords), and a panel with each student's exercise checks, graded as they work.</source>
        <translation>Abre la ventana sobre la clase de un fichero de escenario: sus servidores como los arranca --serve (los mismos puertos, directorio de datos y contraseñas) y un panel con las comprobaciones de los ejercicios de cada alumno o alumna, corregidas mientras trabajan.</translation>
    </message>
    <message>
        <source>--class opens the window on a class: it does not go with %1</source>
        <translation>--class abre la ventana sobre una clase: no va con %1</translation>
    </message>
    <message>
        <source>--class needs a class: %1 declares no students (add "students 30 on 2esi.org" or "class alumnos.csv")</source>
        <translation>--class necesita una clase: %1 no declara alumnos (añade "students 30 on 2esi.org" o "class alumnos.csv")</translation>
    </message>
    <message>
        <source>--results works with --serve or --class</source>
        <translation>--results va con --serve o con --class</translation>
    </message>
    <message>
        <source>With --serve or --class: keep each student's exercise results in a .csv or .json file, rewritten as they change (may be given more than once).</source>
        <translation>Con --serve o --class: guarda los resultados de los ejercicios de cada alumno o alumna en un fichero .csv o .json, reescrito cada vez que cambian (se puede dar más de una vez).</translation>
    </message>
    <message>
        <source>warning: the window does not start the students' private worlds; carteiro --serve does (%1 says "private")</source>
        <translation>aviso: la ventana no arranca los mundos privados del alumnado; carteiro --serve sí (%1 dice "private")</translation>
    </message>
</context>
<context>
    <name>Webmail</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Write your user name and your password.</source>
        <translation>Escribe tu nombre de usuario y tu contraseña.</translation>
    </message>
    <message>
        <source>Write at least one address in To.</source>
        <translation>Escribe al menos una dirección en Para.</translation>
    </message>
    <message>
        <source>Which part? The address lacks its folder, message or part.</source>
        <translation>¿Qué parte? A la dirección le falta la carpeta, el mensaje o la parte.</translation>
    </message>
    <message>
        <source>Which message? The form lacks its folder or its number.</source>
        <translation>¿Qué mensaje? Al formulario le falta la carpeta o el número.</translation>
    </message>
    <message>
        <source>Which message? The address lacks its folder or its number.</source>
        <translation>¿Qué mensaje? A la dirección le falta la carpeta o el número.</translation>
    </message>
    <message>
        <source>This is not an e-mail address: %1</source>
        <translation>Esto no es una dirección de correo: %1</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this webmail. Load the page again and repeat.</source>
        <translation>Este formulario ha caducado o no vino de este correo web. Carga de nuevo la página y repite.</translation>
    </message>
    <message>
        <source>There is no such part.</source>
        <translation>No existe esa parte.</translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation>No existe esa página.</translation>
    </message>
    <message>
        <source>There is no such message.</source>
        <translation>No existe ese mensaje.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor rechazó: %1</translation>
    </message>
    <message>
        <source>The server did not accept the message: %1</source>
        <translation>El servidor no aceptó el mensaje: %1</translation>
    </message>
    <message>
        <source>The mail server did not answer as expected: %1</source>
        <translation>El servidor de correo no respondió como se esperaba: %1</translation>
    </message>
    <message>
        <source>The attachments are larger than this webmail accepts (%1 MB).</source>
        <translation>Los adjuntos son mayores de lo que acepta este correo web (%1 MB).</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>No existe la carpeta: %1</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Mensaje enviado.</translation>
    </message>
    <message>
        <source>Message moved.</source>
        <translation>Mensaje movido.</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>Mensaje borrado.</translation>
    </message>
    <message>
        <source>Forwarded message</source>
        <translation>Mensaje reenviado</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 escribió:</translation>
    </message>
    <message>
        <source>a multipart form with no parts</source>
        <translation>un formulario multipart sin partes</translation>
    </message>
    <message>
        <source>a line break in the Content-Type</source>
        <translation>un salto de línea en el Content-Type</translation>
    </message>
    <message>
        <source>a multipart form without a boundary</source>
        <translation>un formulario multipart sin separador (boundary)</translation>
    </message>
    <message>
        <source>more than %1 form fields</source>
        <translation>más de %1 campos en el formulario</translation>
    </message>
    <message>
        <source>Back to the webmail</source>
        <translation>Volver al correo web</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>The message as HTML</source>
        <translation>El mensaje como HTML</translation>
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
        <translation>Más antiguos</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>No hay mensajes en esta carpeta.</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Read and send your mail from the browser. Behind this page the webmail speaks IMAP and SMTP to the mail server for you.</source>
        <translation>Lee y envía tu correo desde el navegador. Detrás de esta página el correo web habla IMAP y SMTP con el servidor de correo por ti.</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Correo no deseado</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
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
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Escribir un mensaje</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Salir</translation>
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
        <translation>%1: «%2» no se simula aquí; prueba %1 -tl o %1 -tln.</translation>
    </message>
    <message>
        <source>%1: option -%2 is not simulated here; try %1 -tl or %1 -tln.</source>
        <translation>%1: la opción -%2 no se simula aquí; prueba %1 -tl o %1 -tln.</translation>
    </message>
    <message>
        <source>%1: only the listening TCP sockets are simulated here (-t and -l); try %1 -tl or %1 -tln.</source>
        <translation>%1: aquí solo se simulan los sockets TCP a la escucha (-t y -l); prueba %1 -tl o %1 -tln.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <source>port %1 (%2)</source>
        <translation>puerto %1 (%2)</translation>
    </message>
    <message>
        <source>port %1 (%2, normally %3)</source>
        <translation>puerto %1 (%2, normalmente %3)</translation>
    </message>
    <message>
        <source>%1 listens on %2</source>
        <translation>%1 escucha en %2</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed: %2</source>
        <translation>%1: falló el saludo TLS: %2</translation>
    </message>
    <message>
        <source>%1 does not listen on %2: %3</source>
        <translation>%1 no escucha en %2: %3</translation>
    </message>
    <message>
        <source>self-signed (as Debian&apos;s ssl-cert-snakeoil): a client must be told to trust it</source>
        <translation>autofirmado (como el ssl-cert-snakeoil de Debian): hay que decirle a cada cliente que confíe en él</translation>
    </message>
    <message>
        <source>made out for %1, not for %2</source>
        <translation>emitido para %1, no para %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>not signed by an authority this machine trusts</source>
        <translation>no lo firma una autoridad en la que confíe esta máquina</translation>
    </message>
    <message>
        <source>%1: TLS handshake done (%2); certificate CN=%3, verified</source>
        <translation>%1: saludo TLS hecho (%2); certificado CN=%3, verificado</translation>
    </message>
    <message>
        <source>%1: TLS handshake done (%2); certificate CN=%3 accepted, but %4</source>
        <translation>%1: saludo TLS hecho (%2); certificado CN=%3 aceptado, pero %4</translation>
    </message>
    <message>
        <source>%1: no 220 greeting (%2)</source>
        <translation>%1: sin saludo 220 (%2)</translation>
    </message>
    <message>
        <source>nothing said</source>
        <translation>no dijo nada</translation>
    </message>
    <message>
        <source>%1: greeting %2</source>
        <translation>%1: saludo %2</translation>
    </message>
    <message>
        <source>%1: EHLO answered %2 (%3)</source>
        <translation>%1: EHLO respondido %2 (%3)</translation>
    </message>
    <message>
        <source>%1: EHLO refused, HELO answered %2</source>
        <translation>%1: EHLO rechazado, HELO respondido %2</translation>
    </message>
    <message>
        <source>%1: neither EHLO nor HELO was answered with 250 (%2)</source>
        <translation>%1: ni EHLO ni HELO recibieron un 250 (%2)</translation>
    </message>
    <message>
        <source>%1: STARTTLS is not offered (smtpd_tls_security_level = may and a certificate in main.cf offer it)</source>
        <translation>%1: no se ofrece STARTTLS (lo ofrecen smtpd_tls_security_level = may y un certificado en main.cf)</translation>
    </message>
    <message>
        <source>%1: STARTTLS is offered but refused (%2)</source>
        <translation>%1: se ofrece STARTTLS pero se rechaza (%2)</translation>
    </message>
    <message>
        <source>%1: STARTTLS: the TLS handshake failed: %2</source>
        <translation>%1: STARTTLS: falló el saludo TLS: %2</translation>
    </message>
    <message>
        <source>%1 after STARTTLS</source>
        <translation>%1 después de STARTTLS</translation>
    </message>
    <message>
        <source>MAIL FROM:&lt;&gt; was answered %1</source>
        <translation>MAIL FROM:&lt;&gt; recibió %1</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1: accepts mail for %2 (RCPT TO: %3; nothing was sent)</source>
        <translation>%1: acepta correo para %2 (RCPT TO: %3; no se envió nada)</translation>
    </message>
    <message>
        <source>%1: refuses mail for %2 (RCPT TO: %3): is %4 in mydestination, and %5 a user of this machine?</source>
        <translation>%1: rechaza el correo para %2 (RCPT TO: %3): ¿está %4 en mydestination, y es %5 un usuario de esta máquina?</translation>
    </message>
    <message>
        <source>%1: refuses to relay to %2 for a client at %3 (%4)</source>
        <translation>%1: se niega a reenviar a %2 para un cliente en %3 (%4)</translation>
    </message>
    <message>
        <source>%1: relays to %2 for a client at %3 (%4): tested from the machine itself, which Postfix trusts: mynetworks includes 127.0.0.0/8 by default on Debian. Run the check from another machine to see what a stranger gets.</source>
        <translation>%1: reenvía a %2 para un cliente en %3 (%4): probado desde la propia máquina, en la que Postfix confía: mynetworks incluye 127.0.0.0/8 por omisión en Debian. Haz la comprobación desde otra máquina para ver lo que recibe un desconocido.</translation>
    </message>
    <message>
        <source>%1: relays to %2 for a client at %3 (%4): an open relay, for anyone, unless %3 is in mynetworks on purpose</source>
        <translation>%1: reenvía a %2 para un cliente en %3 (%4): un relé abierto, para cualquiera, salvo que %3 esté en mynetworks a propósito</translation>
    </message>
    <message>
        <source>%1: no +OK greeting (%2)</source>
        <translation>%1: sin saludo +OK (%2)</translation>
    </message>
    <message>
        <source>%1: log-in as %2 (USER, PASS: %3; STAT: %4)</source>
        <translation>%1: sesión iniciada como %2 (USER, PASS: %3; STAT: %4)</translation>
    </message>
    <message>
        <source>%1: log-in as %2 refused (%3)</source>
        <translation>%1: se rechazó el inicio de sesión como %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no * OK greeting (%2)</source>
        <translation>%1: sin saludo * OK (%2)</translation>
    </message>
    <message>
        <source>%1: LOGIN as %2 refused (%3)</source>
        <translation>%1: se rechazó LOGIN como %2 (%3)</translation>
    </message>
    <message>
        <source>%1: LOGIN as %2 done, but SELECT INBOX failed (%3)</source>
        <translation>%1: LOGIN como %2 hecho, pero falló SELECT INBOX (%3)</translation>
    </message>
    <message>
        <source>%1: LOGIN as %2 and SELECT INBOX (%3; %4)</source>
        <translation>%1: LOGIN como %2 y SELECT INBOX (%3; %4)</translation>
    </message>
    <message>
        <source>--ports: &quot;%1&quot; is not one of smtp, submission, pop3, imap, pop3s, imaps</source>
        <translation>--ports: «%1» no es ninguno de smtp, submission, pop3, imap, pop3s, imaps</translation>
    </message>
    <message>
        <source>--ports: %1 needs a port from 1 to 65535, not &quot;%2&quot;</source>
        <translation>--ports: %1 necesita un puerto del 1 al 65535, no «%2»</translation>
    </message>
    <message>
        <source>Every check holds.</source>
        <translation>Se cumplen todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Checking the mail server at %1 …</source>
        <translation>Comprobando el servidor de correo en %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) do not hold.</source>
        <translation>
            <numerusform>No se cumple %n comprobación.</numerusform>
            <numerusform>No se cumplen %n comprobaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>mbox:… or maildir:… (such as maildir:~/Maildir)</source>
        <translation>mbox:… o maildir:… (como maildir:~/Maildir)</translation>
    </message>
    <message>
        <source>yes, no or required</source>
        <translation>yes, no o required</translation>
    </message>
    <message>
        <source>a list of addresses such as "*, ::"</source>
        <translation>una lista de direcciones como "*, ::"</translation>
    </message>
    <message>
        <source>a list of imap, pop3 and lmtp</source>
        <translation>una lista de imap, pop3 y lmtp</translation>
    </message>
    <message>
        <source>empty, Maildir/ or a file name under the home directory</source>
        <translation>vacío, Maildir/ o un nombre de fichero dentro del directorio personal</translation>
    </message>
    <message>
        <source>a size in bytes (0: no limit)</source>
        <translation>un tamaño en bytes (0: sin límite)</translation>
    </message>
    <message>
        <source>all, loopback-only, localhost or 127.0.0.1</source>
        <translation>all, loopback-only, localhost o 127.0.0.1</translation>
    </message>
    <message>
        <source>empty or a host such as [smtp.example.org]:587</source>
        <translation>vacío o un host como [smtp.example.org]:587</translation>
    </message>
    <message>
        <source>a list of networks (such as "127.0.0.0/8 [::1]/128")</source>
        <translation>una lista de redes (como "127.0.0.0/8 [::1]/128")</translation>
    </message>
    <message>
        <source>a list of domains (such as "$myhostname, localhost")</source>
        <translation>una lista de dominios (como "$myhostname, localhost")</translation>
    </message>
    <message>
        <source>$myhostname, $mydomain, /etc/mailname or a domain</source>
        <translation>$myhostname, $mydomain, /etc/mailname o un dominio</translation>
    </message>
    <message>
        <source>a fully qualified domain name such as 2esi.org</source>
        <translation>un nombre de dominio completo como 2esi.org</translation>
    </message>
    <message>
        <source>a type of configuration (%1)</source>
        <translation>un tipo de configuración (%1)</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not %4</source>
        <translation>%1 %2: %3 no es %4</translation>
    </message>
    <message>
        <source>unknown %1 setting %2; known settings: %3</source>
        <translation>opción de %1 desconocida %2; opciones conocidas: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not %4: the simulated servers keep every mailbox as a Maildir in ~/Maildir (an mbox file is not simulated), where Postfix delivers (home_mailbox = Maildir/) and Dovecot reads (mail_location = maildir:~/Maildir); both must name the same place, or Dovecot finds the mailbox empty</source>
        <translation>%1 %2: %3 no es %4: los servidores simulados guardan cada buzón como un Maildir en ~/Maildir (un fichero mbox no se simula), donde Postfix entrega (home_mailbox = Maildir/) y Dovecot lee (mail_location = maildir:~/Maildir); los dos deben nombrar el mismo lugar, o Dovecot encuentra el buzón vacío</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source># (not configured yet: Carteiro's own POP3 and IMAP; Debian's defaults would be)</source>
        <translation># (aún sin configurar: el POP3 y el IMAP propios de Carteiro; los valores por defecto de Debian serían)</translation>
    </message>
    <message>
        <source># (not configured yet: Carteiro's own server; as an Internet Site it would be)</source>
        <translation># (aún sin configurar: el servidor propio de Carteiro; como Sitio de Internet sería)</translation>
    </message>
    <message>
        <source>As the configuration files would say it (postconf -n, doveconf -n)</source>
        <translation>Como lo dirían los ficheros de configuración (postconf -n, doveconf -n)</translation>
    </message>
    <message>
        <source>%Lu: the name as given, in lower case (fran and fran@servidor.edu both log in); %n: the part before @ only</source>
        <translation>%Lu: el nombre tal como se da, en minúsculas (entran tanto fran como fran@servidor.edu); %n: solo la parte de antes de la @</translation>
    </message>
    <message>
        <source>Where the mailboxes are</source>
        <translation>Dónde están los buzones</translation>
    </message>
    <message>
        <source>yes: STARTTLS/STLS and the secure ports; no: neither; required: no log-in in clear</source>
        <translation>yes: STARTTLS/STLS y los puertos seguros; no: ninguno de los dos; required: no se entra en claro</translation>
    </message>
    <message>
        <source>*, ::: every address; 127.0.0.1, ::1: only this host itself</source>
        <translation>*, ::: todas las direcciones; 127.0.0.1, ::1: solo este mismo host</translation>
    </message>
    <message>
        <source>The protocols Dovecot serves: imap (143, 993) and pop3 (110, 995)</source>
        <translation>Los protocolos que sirve Dovecot: imap (143, 993) y pop3 (110, 995)</translation>
    </message>
    <message>
        <source>Dovecot: /etc/dovecot/dovecot.conf</source>
        <translation>Dovecot: /etc/dovecot/dovecot.conf</translation>
    </message>
    <message>
        <source>Maildir/: one file per message in ~/Maildir; empty: one mbox file in /var/mail</source>
        <translation>Maildir/: un fichero por mensaje en ~/Maildir; vacío: un fichero mbox en /var/mail</translation>
    </message>
    <message>
        <source>The largest message accepted, in bytes (0: no limit)</source>
        <translation>El mensaje más grande que se acepta, en bytes (0: sin límite)</translation>
    </message>
    <message>
        <source>all: any machine may connect; loopback-only: only this host itself</source>
        <translation>all: cualquier máquina puede conectarse; loopback-only: solo este mismo host</translation>
    </message>
    <message>
        <source>Where mail for other domains goes instead of to their MX (the smarthost); empty: the MX</source>
        <translation>Adónde va el correo para otros dominios en vez de a su MX (el smarthost); vacío: el MX</translation>
    </message>
    <message>
        <source>The clients that may relay without logging in</source>
        <translation>Los clientes que pueden reenviar sin autenticarse</translation>
    </message>
    <message>
        <source>The domains this server takes mail for and delivers to its own mailboxes; mail for any other domain is relayed</source>
        <translation>Los dominios para los que este servidor acepta correo y lo entrega en sus buzones; el correo para cualquier otro dominio se reenvía</translation>
    </message>
    <message>
        <source>The domain added to addresses without one</source>
        <translation>El dominio que se añade a las direcciones que no lo tienen</translation>
    </message>
    <message>
        <source>The domain: myhostname without its first part</source>
        <translation>El dominio: myhostname sin su primera parte</translation>
    </message>
    <message>
        <source>This host's name</source>
        <translation>El nombre de este host</translation>
    </message>
    <message>
        <source>Postfix: /etc/postfix/main.cf</source>
        <translation>Postfix: /etc/postfix/main.cf</translation>
    </message>
    <message>
        <source>The fully qualified domain name (FQDN) of the mail addresses: 2esi.org for alumno1@2esi.org (/etc/mailname)</source>
        <translation>El nombre de dominio completo (FQDN) de las direcciones de correo: 2esi.org para alumno1@2esi.org (/etc/mailname)</translation>
    </message>
    <message>
        <source>System mail name:</source>
        <translation>Nombre del sistema de correo:</translation>
    </message>
    <message>
        <source>General type of configuration:</source>
        <translation>Tipo genérico de configuración:</translation>
    </message>
    <message>
        <source>The general type of mail configuration (dpkg-reconfigure postfix)</source>
        <translation>El tipo general de configuración del correo (dpkg-reconfigure postfix)</translation>
    </message>
    <message>
        <source>Postfix: the installation's questions</source>
        <translation>Postfix: las preguntas de la instalación</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Solo correo local</translation>
    </message>
    <message>
        <source>Satellite system</source>
        <translation>Sistema satélite</translation>
    </message>
    <message>
        <source>Internet with smarthost</source>
        <translation>Internet con «smarthost»</translation>
    </message>
    <message>
        <source>Internet Site</source>
        <translation>Sitio de Internet</translation>
    </message>
    <message>
        <source>No configuration</source>
        <translation>Sin configuración</translation>
    </message>
    <message>
        <source>Maildir/: one file per message in ~/Maildir, the only kind of mailbox the simulated servers keep (Debian&apos;s default, one mbox file in /var/mail, is not simulated)</source>
        <translation>Maildir/: un fichero por mensaje en ~/Maildir, el único tipo de buzón que guardan los servidores simulados (el predeterminado de Debian, un fichero mbox en /var/mail, no se simula)</translation>
    </message>
    <message>
        <source>Where the mailboxes are: the same Maildir where Postfix delivers (home_mailbox)</source>
        <translation>Dónde están los buzones: el mismo Maildir donde entrega Postfix (home_mailbox)</translation>
    </message>
    <message>
        <source>The domain added to addresses without one: RCPT TO:&lt;fran&gt; is fran@$myorigin</source>
        <translation>El dominio que se añade a las direcciones que no lo tienen: RCPT TO:&lt;fran&gt; es fran@$myorigin</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>(the line that ends the message)</source>
        <translation>(la línea que termina el mensaje)</translation>
    </message>
    <message>
        <source>The scenario did not run as it says, so no handout was written:</source>
        <translation>El escenario no se ejecutó como dice, así que no se escribió ninguna hoja:</translation>
    </message>
    <message>
        <source>%1:%2: expected %3; %4</source>
        <translation>%1:%2: se esperaba %3; %4</translation>
    </message>
    <message>
        <source>Timeline (%1 of %2)</source>
        <translation>Cronología (%1 de %2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>no se pudo terminar el PDF</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo empezar el PDF</translation>
    </message>
    <message>
        <source>drawing needs a graphical application</source>
        <translation>para dibujar hace falta una aplicación gráfica</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the name must end in .pdf</source>
        <translation>el nombre debe terminar en .pdf</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Exercise %1 (%2, %3)</source>
        <translation>Ejercicio %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Exercises: a model solution</source>
        <translation>Ejercicios: una solución modelo</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Respuesta %1: %2</translation>
    </message>
    <message>
        <source>Answers (for the teacher)</source>
        <translation>Respuestas (para el profesorado)</translation>
    </message>
    <message>
        <source>What does %1 answer when %2 says:</source>
        <translation>¿Qué responde %1 cuando %2 dice lo siguiente?</translation>
    </message>
    <message>
        <source>Question %1.</source>
        <translation>Pregunta %1.</translation>
    </message>
    <message>
        <source>Mark the reply code you expect before you look at the answers.</source>
        <translation>Marca el código de respuesta que esperas antes de mirar las respuestas.</translation>
    </message>
    <message>
        <source>Predict the reply</source>
        <translation>Adivina la respuesta</translation>
    </message>
    <message>
        <source>Write here the lines you type and the replies you get:</source>
        <translation>Escribe aquí las líneas que tecleas y las respuestas que recibes:</translation>
    </message>
    <message>
        <source>It is done when:</source>
        <translation>Está hecho cuando:</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Ejercicio %1</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>No connection was made.</source>
        <translation>No se hizo ninguna conexión.</translation>
    </message>
    <message>
        <source>C: is what the client says, S: what the server answers, as in the course's notes. ??? is a reply you are asked to predict.</source>
        <translation>C: es lo que dice el cliente y S: lo que responde el servidor, como en los apuntes del curso. ??? es una respuesta que tienes que adivinar.</translation>
    </message>
    <message>
        <source>The dialogue, line by line</source>
        <translation>El diálogo, línea a línea</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Exercise %1:</source>
        <translation>Ejercicio %1:</translation>
    </message>
    <message>
        <source>Connection #%1: %2 → %3 (%4)</source>
        <translation>Conexión #%1: %2 → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>[… %n more line(s) of the message …]</source>
        <translation>
            <numerusform>[… %n línea más del mensaje …]</numerusform>
            <numerusform>[… %n líneas más del mensaje …]</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ClassPasswords</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>%1:%2: expected "address password", found "%3"</source>
        <translation>%1:%2: se esperaba "dirección contraseña", se encontró "%3"</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>no se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>AccessSheet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>drawing needs a graphical application</source>
        <translation>para dibujar hace falta una aplicación gráfica</translation>
    </message>
    <message>
        <source>the scenario declares no class ("class FILE.csv" or "students N on DOMAIN")</source>
        <translation>el escenario no declara ninguna clase ("class FICHERO.csv" o "students N on DOMINIO")</translation>
    </message>
    <message>
        <source>Access sheet: %1</source>
        <translation>Hoja de acceso: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo empezar el PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Contraseña: %1</translation>
    </message>
    <message>
        <source>No server takes mail for this address.</source>
        <translation>Ningún servidor recibe el correo de esta dirección.</translation>
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
        <translation>Hoja de acceso</translation>
    </message>
    <message>
        <source>Predict the reply: %1</source>
        <translation>Adivina la respuesta: %1</translation>
    </message>
    <message>
        <source>Your %1 too (%2): %3</source>
        <translation>Tu %1 también (%2): %3</translation>
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
        <translation>--tap %1: escríbelo como ESCUCHA=DESTINO, por ejemplo --tap 2525=127.0.0.1:25</translation>
    </message>
    <message>
        <source>--tap %1: unknown service "%2" (smtp, submission, submissions, pop3, pop3s, imap or imaps)</source>
        <translation>--tap %1: servicio desconocido "%2" (smtp, submission, submissions, pop3, pop3s, imap o imaps)</translation>
    </message>
    <message>
        <source>--tap %1: "%2" is not a port to listen on (PORT or ADDRESS:PORT)</source>
        <translation>--tap %1: "%2" no es un puerto en el que escuchar (PUERTO o DIRECCIÓN:PUERTO)</translation>
    </message>
    <message>
        <source>--tap %1: "%2" is not a server to pass to (ADDRESS:PORT)</source>
        <translation>--tap %1: "%2" no es un servidor al que pasar (DIRECCIÓN:PUERTO)</translation>
    </message>
    <message>
        <source>--tap %1: which protocol does port %2 speak? Name it first, as in --tap imap:%3</source>
        <translation>--tap %1: ¿qué protocolo habla el puerto %2? Nómbralo delante, como en --tap imap:%3</translation>
    </message>
    <message>
        <source>--tap %1: cannot listen on %2:%3: %4</source>
        <translation>--tap %1: no se puede escuchar en %2:%3: %4</translation>
    </message>
</context>
<context>
    <name>ClassGrader</name>
    <message>
        <source>%1 passed check %2 of exercise %3: %4</source>
        <translation>%1 superó la comprobación %2 del ejercicio %3: %4</translation>
    </message>
    <message>
        <source>a reply %1 in one of the student's sessions</source>
        <translation>una respuesta %1 en una de las sesiones del alumno</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>--results %1: the file's name must end in .csv or .json</source>
        <translation>--results %1: el nombre del archivo debe terminar en .csv o .json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a class's results file: %2</source>
        <translation>%1 no es un archivo de resultados de una clase: %2</translation>
    </message>
    <message>
        <source>no "format": "%1"</source>
        <translation>no tiene "format": "%1"</translation>
    </message>
    <message>
        <source>Prediction %1 over the class (the reply was %2): %3 of %4 students answered, %5 right</source>
        <translation>Predicción %1 en la clase (la respuesta fue %2): respondieron %3 de %4 alumnos, %5 acertaron</translation>
    </message>
</context>
<context>
    <name>ClassPanel</name>
    <message>
        <source>Whole class</source>
        <translation>Toda la clase</translation>
    </message>
    <message>
        <source>Show every student's sessions on the timeline</source>
        <translation>Mostrar en la línea temporal las sesiones de todos los alumnos</translation>
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
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Exercise %1: %2</source>
        <translation>Ejercicio %1: %2</translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation>Comprobación %1: %2</translation>
    </message>
    <message>
        <source>Checks passed, of %1</source>
        <translation>Comprobaciones superadas, de %1</translation>
    </message>
    <message>
        <source>The time of the student's last line to a server</source>
        <translation>La hora de la última línea que el alumno o alumna envió a un servidor</translation>
    </message>
    <message>
        <source>%1 passed check %2 at %3</source>
        <translation>%1 superó la comprobación %2 a las %3</translation>
    </message>
    <message>
        <source>%1 has not passed check %2 yet</source>
        <translation>%1 aún no ha superado la comprobación %2</translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation>Aún sin ninguna sesión</translation>
    </message>
    <message>
        <source>Students: %1 · at work: %2 · every check passed: %3</source>
        <translation>Alumnos: %1 · trabajando: %2 · con todo superado: %3</translation>
    </message>
    <message>
        <source>The timeline shows only %1's sessions.</source>
        <translation>La línea temporal muestra solo las sesiones de %1.</translation>
    </message>
    <message>
        <source>Click a student to see only their sessions.</source>
        <translation>Pulsa en un alumno o alumna para ver solo sus sesiones.</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>Predict the reply: questions answered right, of those asked of the class (on the quiz page)</source>
        <translation>Adivina la respuesta: preguntas acertadas, de las que se le hicieron a la clase (en la página de preguntas)</translation>
    </message>
    <message>
        <source>%1 answered %2 of %3 questions, %4 right</source>
        <translation>%1 respondió %2 de %3 preguntas, %4 acertadas</translation>
    </message>
    <message>
        <source>No question asked yet</source>
        <translation>Aún no se ha hecho ninguna pregunta</translation>
    </message>
    <message>
        <source>The class answers the questions at %1</source>
        <translation>La clase responde a las preguntas en %1</translation>
    </message>
    <message>
        <source>The timeline shows %1's own world.</source>
        <translation>La línea temporal muestra el mundo propio de %1.</translation>
    </message>
    <message>
        <source>Click a student to see their own world.</source>
        <translation>Pulsa en un alumno o alumna para ver su propio mundo.</translation>
    </message>
    <message>
        <source>Show the class's world on the timeline again</source>
        <translation>Mostrar de nuevo el mundo de la clase en la línea temporal</translation>
    </message>
    <message>
        <source>The class answers the questions at:</source>
        <translation>La clase responde a las preguntas en:</translation>
    </message>
</context>
<context>
    <name>ClassQuiz</name>
    <message>
        <source>The class's quiz page cannot listen on %1 port %2: %3</source>
        <translation>La página de preguntas de la clase no puede escuchar en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>Predict the reply</source>
        <translation>Adivina la respuesta</translation>
    </message>
    <message>
        <source>Back to the question</source>
        <translation>Volver a la pregunta</translation>
    </message>
    <message>
        <source>This form must be sent as application/x-www-form-urlencoded.</source>
        <translation>Este formulario debe enviarse como application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>No session: your browser must accept this page's cookie. Open the page again and log in.</source>
        <translation>No hay sesión: el navegador tiene que aceptar la cookie de esta página. Abre de nuevo la página e inicia sesión.</translation>
    </message>
    <message>
        <source>There is no such form here.</source>
        <translation>Aquí no hay ese formulario.</translation>
    </message>
    <message>
        <source>There is no such page here.</source>
        <translation>Aquí no hay esa página.</translation>
    </message>
    <message>
        <source>Log in with your class account to answer the teacher's questions.</source>
        <translation>Inicia sesión con tu cuenta de la clase para responder a las preguntas del profesor.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Question %1: what will %2 answer to this line?</source>
        <translation>Pregunta %1: ¿qué responderá %2 a esta línea?</translation>
    </message>
    <message>
        <source>Your answer: %1. You may change it while the question is open.</source>
        <translation>Tu respuesta: %1. Puedes cambiarla mientras la pregunta esté abierta.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>No question right now. This page looks again every few seconds.</source>
        <translation>Ahora no hay ninguna pregunta. Esta página vuelve a mirar cada pocos segundos.</translation>
    </message>
    <message>
        <source>Question %1: the server answered %2.</source>
        <translation>Pregunta %1: el servidor respondió %2.</translation>
    </message>
    <message>
        <source>You did not answer it.</source>
        <translation>No la respondiste.</translation>
    </message>
    <message>
        <source>You answered %1: right!</source>
        <translation>Respondiste %1: ¡acertaste!</translation>
    </message>
    <message>
        <source>You answered %1: not this time.</source>
        <translation>Respondiste %1: esta vez no.</translation>
    </message>
    <message>
        <source>Your score: %1 right of %2 questions.</source>
        <translation>Tu puntuación: %1 aciertos de %2 preguntas.</translation>
    </message>
    <message>
        <source>The log-in form needs a user and a password.</source>
        <translation>El formulario de inicio de sesión necesita un usuario y una contraseña.</translation>
    </message>
    <message>
        <source>This form is out of date (its token does not match your session). Open the page again.</source>
        <translation>Este formulario está caducado (su token no corresponde a tu sesión). Abre de nuevo la página.</translation>
    </message>
    <message>
        <source>Too many failed log-ins for this user: wait a minute and try again.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión para este usuario: espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Wrong user or password (the class's accounts only).</source>
        <translation>Usuario o contraseña incorrectos (solo las cuentas de la clase).</translation>
    </message>
    <message>
        <source>Log in first: only the class's students answer.</source>
        <translation>Inicia sesión primero: solo responden los alumnos de la clase.</translation>
    </message>
    <message>
        <source>The answer form needs a question and a choice.</source>
        <translation>El formulario de la respuesta necesita una pregunta y una opción.</translation>
    </message>
    <message>
        <source>No question is open now: the reply was revealed.</source>
        <translation>Ahora no hay ninguna pregunta abierta: ya se mostró la respuesta.</translation>
    </message>
    <message>
        <source>That question is closed: another one is open now.</source>
        <translation>Esa pregunta está cerrada: ahora hay otra abierta.</translation>
    </message>
    <message>
        <source>That is not one of the question's choices.</source>
        <translation>Esa no es ninguna de las opciones de la pregunta.</translation>
    </message>
    <message>
        <source>The class's quiz console cannot listen on %1 port %2: %3</source>
        <translation>La consola de preguntas de la clase no puede escuchar en %1 puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>PrivateWorlds</name>
    <message>
        <source>The private world of %1: %2</source>
        <translation>El mundo privado de %1: %2</translation>
    </message>
</context>
</TS>
