<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Spanish for the Qt texts Carteiro shows that Debian's qtbase_es.qm lacks (the help of the
     command line). Loaded beside the system's catalogue; kept by hand (never run lupdate on
     it) and embedded as :/i18n/qtbase_es.qm. Source texts and contexts are Qt 6.4's qtbase. -->
<TS version="2.1" language="es_ES">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda de las opciones de la línea de órdenes.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones propias de Qt.</translation>
    </message>
</context>
</TS>
