<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommandLine</name>
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
</context>
<context>
    <name>Connection</name>
    <message>
        <source>cannot connect to %1 (%2): %3</source>
        <translation>no se puede conectar con %1 (%2): %3</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>cerrada por %1</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Carteiro — %1</source>
        <translation>Carteiro — %1</translation>
    </message>
    <message>
        <source>Play the scenario</source>
        <translation>Reproducir el escenario</translation>
    </message>
    <message>
        <source>Every command and reply will appear here, as in the course: C: for the client, S: for the server.</source>
        <translation>Aquí aparecerá cada comando y cada respuesta, como en el curso: C: para el cliente, S: para el servidor.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on %3:%4</source>
        <translation>%1 escucha %2 en %3:%4</translation>
    </message>
    <message>
        <source>The scenario ran to the end and every expectation holds.</source>
        <translation>El escenario llegó al final y se cumplen todas las expectativas.</translation>
    </message>
    <message>
        <source>The scenario ended with a failed expectation.</source>
        <translation>El escenario terminó con una expectativa incumplida.</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Reproducir de nuevo</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <source>Free run</source>
        <translation>Sin pausas</translation>
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
        <translation>Velocidad del modo con pausas</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>Siguiente línea</translation>
    </message>
    <message>
        <source>Next line: %1</source>
        <translation>Siguiente línea: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioParser</name>
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
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; ¿querías decir &quot;%1&quot;?</translation>
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
        <source>unterminated quoted text; expected a closing &quot; on the same line</source>
        <translation>texto entre comillas sin cerrar; faltan las comillas de cierre &quot; en la misma línea</translation>
    </message>
    <message>
        <source>expected %1 after %2, found %3</source>
        <translation>se esperaba %1 tras %2, se encontró %3</translation>
    </message>
    <message>
        <source>quoted text (&quot;…&quot;)</source>
        <translation>texto entre comillas (&quot;…&quot;)</translation>
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
        <source>the language &quot;%1&quot;</source>
        <translation>el idioma &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected %1 at the end of the &quot;%2&quot; statement</source>
        <translation>sobra %1 al final de la instrucción &quot;%2&quot;</translation>
    </message>
    <message>
        <source>; text with spaces goes between quotes</source>
        <translation>; el texto con espacios va entre comillas</translation>
    </message>
    <message>
        <source>&quot;end&quot; without a &quot;session&quot; before it</source>
        <translation>&quot;end&quot; sin un &quot;session&quot; antes</translation>
    </message>
    <message>
        <source>%1 line outside a session; start one with &quot;session HOST smtp&quot;</source>
        <translation>línea %1 fuera de una sesión; empieza una con &quot;session SERVIDOR smtp&quot;</translation>
    </message>
    <message>
        <source>unknown statement %1; expected one of: %2</source>
        <translation>instrucción desconocida %1; se esperaba una de estas: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; for this language is already given on line %2</source>
        <translation>ya se indicó &quot;%1&quot; para este idioma en la línea %2</translation>
    </message>
    <message>
        <source>&quot;address&quot; or the end of the line</source>
        <translation>&quot;address&quot; o el final de la línea</translation>
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
        <source>address %1 is already used by server &quot;%2&quot;</source>
        <translation>la dirección %1 ya la usa el servidor &quot;%2&quot;</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; is already declared on line %2</source>
        <translation>el servidor &quot;%1&quot; ya está declarado en la línea %2</translation>
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
        <source>setting &quot;%1&quot; of &quot;%2&quot; is already given on line %3</source>
        <translation>el ajuste &quot;%1&quot; de &quot;%2&quot; ya se indicó en la línea %3</translation>
    </message>
    <message>
        <source>the domain (only mail exchanger records are simulated)</source>
        <translation>el dominio (solo se simulan los registros MX, de intercambio de correo)</translation>
    </message>
    <message>
        <source>&quot;preference&quot; or the end of the line</source>
        <translation>&quot;preference&quot; o el final de la línea</translation>
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
        <source>user &quot;%1&quot; is already declared on line %2</source>
        <translation>el usuario &quot;%1&quot; ya está declarado en la línea %2</translation>
    </message>
    <message>
        <source>a client name such as ana</source>
        <translation>un nombre de cliente como ana</translation>
    </message>
    <message>
        <source>expected a client name such as ana (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), found %1</source>
        <translation>se esperaba un nombre de cliente como ana (letras, dígitos, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;), se encontró %1</translation>
    </message>
    <message>
        <source>the client name</source>
        <translation>el nombre del cliente</translation>
    </message>
    <message>
        <source>&quot;pop3&quot; or the end of the line</source>
        <translation>&quot;pop3&quot; o el final de la línea</translation>
    </message>
    <message>
        <source>client &quot;%1&quot; is already declared on line %2</source>
        <translation>el cliente &quot;%1&quot; ya está declarado en la línea %2</translation>
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
        <source>expected &quot;subject&quot;, &quot;body&quot; or the end of the line, found %1</source>
        <translation>se esperaba &quot;subject&quot;, &quot;body&quot; o el final de la línea, se encontró %1</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>&quot;delete&quot;, &quot;keep&quot; or the end of the line</source>
        <translation>&quot;delete&quot;, &quot;keep&quot; o el final de la línea</translation>
    </message>
    <message>
        <source>expected &quot;C:&quot;, &quot;S:&quot; or &quot;end&quot; inside a session, found %1</source>
        <translation>se esperaba &quot;C:&quot;, &quot;S:&quot; o &quot;end&quot; dentro de una sesión, se encontró %1</translation>
    </message>
    <message>
        <source>session without &quot;end&quot;; close its C: and S: lines with a line &quot;end&quot;</source>
        <translation>sesión sin &quot;end&quot;; cierra sus líneas C: y S: con una línea &quot;end&quot;</translation>
    </message>
    <message>
        <source>session without any &quot;C:&quot; or &quot;S:&quot; line</source>
        <translation>sesión sin ninguna línea &quot;C:&quot; ni &quot;S:&quot;</translation>
    </message>
    <message>
        <source>a reply code such as 250, +OK or -ERR</source>
        <translation>un código de respuesta como 250, +OK o -ERR</translation>
    </message>
    <message>
        <source>&quot;count&quot;, &quot;subject&quot; or the end of the line</source>
        <translation>&quot;count&quot;, &quot;subject&quot; o el final de la línea</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>no server declared; a scenario needs at least one line such as &quot;server servidor.edu&quot;</source>
        <translation>no hay ningún servidor declarado; un escenario necesita al menos una línea como &quot;server servidor.edu&quot;</translation>
    </message>
    <message>
        <source>unknown server %1; declared servers: %2</source>
        <translation>servidor desconocido %1; servidores declarados: %2</translation>
    </message>
    <message>
        <source>no server declared for the domain %1; add a line &quot;server %2&quot;</source>
        <translation>no hay ningún servidor declarado para el dominio %1; añade una línea &quot;server %2&quot;</translation>
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
</context>
<context>
    <name>ScenarioRunner</name>
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
        <source>%1 has a message with subject &quot;%2&quot;</source>
        <translation>%1 tiene un mensaje con el asunto &quot;%2&quot;</translation>
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
        <source>the inbox of %1&apos;s mail client</source>
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
</context>
<context>
    <name>ScriptSession</name>
    <message>
        <source>expected the server to say &quot;%1&quot;, but it said &quot;%2&quot;</source>
        <translation>se esperaba que el servidor dijera &quot;%1&quot;, pero dijo &quot;%2&quot;</translation>
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
    <name>World</name>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Carteiro: watch e-mail work. Simulated hosts talk real SMTP and POP3 over loopback sockets, and every command and reply is shown.</source>
        <translation>Carteiro: observa cómo funciona el correo electrónico. Máquinas simuladas hablan SMTP y POP3 de verdad a través de sockets de bucle local (loopback), y se muestra cada comando y cada respuesta.</translation>
    </message>
    <message>
        <source>Run the scenario to the end without a window and print the transcript.</source>
        <translation>Ejecuta el escenario hasta el final sin ventana y muestra la transcripción.</translation>
    </message>
    <message>
        <source>Start the scenario&apos;s servers only, for telnet, nc or real mail clients.</source>
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
        <source>Added to the standard ports 25, 587 and 110 (default 10000; 0 gives the real ports).</source>
        <translation>Se suma a los puertos estándar 25, 587 y 110 (predeterminado 10000; 0 da los puertos reales).</translation>
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
        <source>Print **** instead of passwords in the transcript.</source>
        <translation>Muestra **** en lugar de las contraseñas en la transcripción.</translation>
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
        <source>--port-offset needs a number from 0 to 64000, not &quot;%1&quot;</source>
        <translation>--port-offset necesita un número de 0 a 64000, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Seconds a server waits for a silent client before closing (default 300).</source>
        <translation>Segundos que espera un servidor a un cliente en silencio antes de cerrar la conexión (predeterminado 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds from 1 to 86400, not &quot;%1&quot;</source>
        <translation>--idle-timeout necesita un número de segundos de 1 a 86400, no &quot;%1&quot;</translation>
    </message>
</context>
</TS>
