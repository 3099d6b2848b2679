<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+43"/>
        <source>Which process holds this port?</source>
        <translation>Welcher Prozess belegt diesen Port?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log level: trace, debug, info, warn, error, off.</source>
        <translation>Protokollstufe: trace, debug, info, warn, error, off.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read /proc/net instead of NETLINK_SOCK_DIAG (Linux).</source>
        <translation>/proc/net statt NETLINK_SOCK_DIAG lesen (Linux).</translation>
    </message>
    <message>
        <location filename="../app/gui_options.cpp" line="+21"/>
        <source>Refresh interval in milliseconds (default: the last one used, else 1000).</source>
        <translation>Aktualisierungsintervall in Millisekunden (Standard: das zuletzt verwendete, sonst 1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with refreshes paused.</source>
        <translation>Mit angehaltener Aktualisierung starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The view to start in: table or processes.</source>
        <translation>Ansicht beim Start: table (Tabelle) oder processes (Prozesse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low-bandwidth mode, for remote desktops: no row highlighting, no animations, slower refresh.</source>
        <translation>Modus für geringe Bandbreite, für Remotedesktops: keine Zeilenhervorhebung, keine Animationen, langsamere Aktualisierung.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+2"/>
        <source>Quit after this many milliseconds (scripted runs and screenshots).</source>
        <translation>Nach so vielen Millisekunden beenden (Skriptläufe und Bildschirmfotos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --quit-after: save a picture of the window to this file first.</source>
        <translation>Mit --quit-after: vorher ein Bild des Fensters in diese Datei speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The interface language: %1, or system (the default).</source>
        <translation>Sprache der Oberfläche: %1 oder system (Standard).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A capture to open (netstat, ss, TCPView, PowerShell, Portolan JSON); a second one is compared with the first.</source>
        <translation>Ein zu öffnender Mitschnitt (netstat, ss, TCPView, PowerShell, Portolan-JSON); ein zweiter wird mit dem ersten verglichen.</translation>
    </message>
</context>
<context>
    <name>portolan::AddressResolving</name>
    <message>
        <location filename="../app/address_resolving.cpp" line="+17"/>
        <source>Resol&amp;ve remote addresses</source>
        <translation>&amp;Remoteadressen auflösen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the remote host&apos;s DNS name in the Remote host column (looked up for the rows on screen only, in the background)</source>
        <translation>Den DNS-Namen des Remotehosts in der Spalte „Remotehost“ anzeigen (nur für die sichtbaren Zeilen, im Hintergrund nachgeschlagen)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remote addresses are resolved again (%L1 endpoints)</source>
        <translation>Remoteadressen werden wieder aufgelöst (%L1 Endpunkte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crowded host (%L1 endpoints): remote addresses are no longer resolved; Ctrl+R turns it back on</source>
        <translation>Stark belegter Host (%L1 Endpunkte): Remoteadressen werden nicht mehr aufgelöst; Strg+R schaltet die Auflösung wieder ein</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogueDialog</name>
    <message>
        <location filename="../widgets/catalogue_dialog.cpp" line="+44"/>
        <source>Known-service catalogue</source>
        <translation>Katalog bekannter Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your overrides (%1). An entry with a shipped id changes only the fields it gives; &quot;enabled&quot;: false removes one; a new id adds one.</source>
        <translation>Ihre Anpassungen (%1). Ein Eintrag mit einer mitgelieferten ID ändert nur die angegebenen Felder; &quot;enabled&quot;: false entfernt einen Eintrag; eine neue ID fügt einen hinzu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not saved:
%1</source>
        <translation>Nicht gespeichert:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>portolan::CompareDialog</name>
    <message>
        <location filename="../widgets/compare_dialog.cpp" line="+33"/>
        <source>Compare: %1 → %2</source>
        <translation>Vergleich: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 added, %L2 removed, %L3 changed, %L4 unchanged (%L5 → %L6 endpoints)</source>
        <translation>%L1 hinzugekommen, %L2 entfernt, %L3 geändert, %L4 unverändert (%L5 → %L6 Endpunkte)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delta</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — the first %L1 rows are listed; `portolan diff` prints all</source>
        <translation> – die ersten %L1 Zeilen sind aufgeführt; `portolan diff` gibt alle aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per process</source>
        <translation>Je Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
</context>
<context>
    <name>portolan::ConflictPanel</name>
    <message>
        <location filename="../widgets/conflict_panel.cpp" line="+19"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown holder</source>
        <translation>Unbekannter Inhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked ephemeral ports</source>
        <translation>Blockierte kurzlebige Ports</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> — %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS server socket pool</source>
        <translation>Socketpool des DNS-Servers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDP socket pool</source>
        <translation>UDP-Socketpool</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last fix</source>
        <translation>Letzte Behebung rückgängig machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict findings</source>
        <translation>Konfliktbefunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known-service ports held by the wrong process, most severe first</source>
        <translation>Ports bekannter Dienste, die vom falschen Prozess belegt sind, die schwersten zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding details</source>
        <translation>Details zum Befund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a fix for the selected finding and show it before anything changes</source>
        <translation>Eine Behebung für den ausgewählten Befund planen und anzeigen, bevor etwas geändert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last fix applied from this window</source>
        <translation>Die letzte in diesem Fenster angewendete Behebung rückgängig machen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by</source>
        <translation>Belegt von</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;p&gt;No known-service port is held by an unexpected process.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Port eines bekannten Dienstes ist von einem unerwarteten Prozess belegt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quelle:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Fixes:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Behebungen:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Apply with &lt;code&gt;portolan fix %1 --plan-out plan.json&lt;/code&gt;, review the plan, then &lt;code&gt;portolan apply plan.json&lt;/code&gt; (it elevates, backs up and verifies; &lt;code&gt;portolan undo&lt;/code&gt; restores).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anwenden mit &lt;code&gt;portolan fix %1 --plan-out plan.json&lt;/code&gt;, den Plan prüfen, dann &lt;code&gt;portolan apply plan.json&lt;/code&gt; (fordert Administratorrechte an, sichert und überprüft; &lt;code&gt;portolan undo&lt;/code&gt; stellt wieder her).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;p&gt;%Ln evidence row(s) selected in the table.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%Ln Beleg-Zeile in der Tabelle ausgewählt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%Ln Beleg-Zeilen in der Tabelle ausgewählt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ElevatedCliRun</name>
    <message>
        <location filename="../app/elevated_cli_run.cpp" line="+23"/>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create a temporary file: %1</source>
        <translation>Temporäre Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>portolan-cli exited with code %1 and left no result.</source>
        <translation>portolan-cli endete mit Code %1 und hinterließ kein Ergebnis.</translation>
    </message>
</context>
<context>
    <name>portolan::EndpointTableModel</name>
    <message>
        <location filename="../model/qt/endpoint_table_model.cpp" line="+79"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local port</source>
        <translation>Lokaler Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote address</source>
        <translation>Remoteadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote port</source>
        <translation>Remoteport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote host</source>
        <translation>Remotehost</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source> (+%Ln more)</source>
        <comment>other processes sharing the socket</comment>
        <translation>
            <numerusform> (+%Ln weiterer)</numerusform>
            <numerusform> (+%Ln weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[time wait]</source>
        <comment>socket held by the kernel after close, no process</comment>
        <translation>[wartend]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[system]</source>
        <translation>[System]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[Zugriff verweigert]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[pid %1]</source>
        <translation>[PID %1]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[unknown]</source>
        <translation>[unbekannt]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name lookups are off (View &gt; Resolve remote addresses)</source>
        <translation>Die Namensauflösung ist ausgeschaltet (Ansicht &gt; Remoteadressen auflösen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up the name…</source>
        <translation>Name wird nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No name: %1</source>
        <translation>Kein Name: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>TCPv6</source>
        <translation>TCPv6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDPv6</source>
        <translation>UDPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
</context>
<context>
    <name>portolan::EndpointTableView</name>
    <message>
        <location filename="../widgets/endpoint_table_view.cpp" line="+17"/>
        <source>Endpoint table</source>
        <translation>Endpunkttabelle</translation>
    </message>
</context>
<context>
    <name>portolan::ExhaustionPanel</name>
    <message>
        <location filename="../widgets/exhaustion_panel.cpp" line="+27"/>
        <source>[time wait]</source>
        <translation>[wartend]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[system]</source>
        <translation>[System]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[Zugriff verweigert]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other processes</source>
        <translation>andere Prozesse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[unknown]</source>
        <translation>[unbekannt]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Range / consumer</source>
        <translation>Bereich / Verbraucher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dynamic range usage</source>
        <translation>Belegung der dynamischen Bereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each dynamic port range with its top consumers, the TIME_WAIT owners and the busiest remote endpoints</source>
        <translation>Jeder dynamische Portbereich mit seinen größten Verbrauchern, den Besitzern der TIME_WAIT-Sockets und den meistgenutzten Remote-Endpunkten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhaustion warnings</source>
        <translation>Warnungen zur Port-Erschöpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic ports in use per process over time</source>
        <translation>Belegte dynamische Ports je Prozess im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic ports in use per process</source>
        <translation>Belegte dynamische Ports je Prozess</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 %3–%4</source>
        <translation>%1 %2 %3–%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+35"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 holds %2 of the %3 dynamic range</source>
        <translation>%1 belegt %2 des dynamischen Bereichs %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of the %2 dynamic range is free</source>
        <translation>Nur %1 des dynamischen Bereichs %2 ist frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 dynamic range is exhausted</source>
        <translation>Der dynamische Bereich %1 ist erschöpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 dynamic range has no usable port</source>
        <translation>Der dynamische Bereich %1 hat keinen verwendbaren Port</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No exhaustion warnings.</source>
        <translation>Keine Warnungen zur Port-Erschöpfung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 dynamic %3–%4</source>
        <translation>%1 %2 dynamisch %3–%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in use</source>
        <translation>%1 belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 usable of %2; %3 reserved or excluded; from %4</source>
        <translation>%1 von %2 verwendbar; %3 reserviert oder ausgeschlossen; aus %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+59"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>TIME_WAIT by owner</source>
        <translation>WARTEND nach Besitzer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unattributed (client side)</source>
        <translation>nicht zugeordnet (Clientseite)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by the listening port</source>
        <translation>über den abhörenden Port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top remote endpoints</source>
        <translation>Häufigste Remote-Endpunkte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 established, %2 TIME_WAIT</source>
        <translation>%1 hergestellt, %2 wartend</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>portolan::FilterBar</name>
    <message>
        <location filename="../widgets/filter_bar.cpp" line="+50"/>
        <source>Hide &amp;loopback</source>
        <translation>&amp;Loopback ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only liste&amp;ning</source>
        <translation>&amp;Nur lauschende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the &amp;dynamic range</source>
        <translation>Nur im d&amp;ynamischen Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TCP and UDP</source>
        <translation>TCP und UDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 und IPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+195"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>name contains</source>
        <translation>Name enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1024-5000</source>
        <translation>z. B. 1024-5000</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>local side</source>
        <translation>lokale Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote side</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either side</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which port of a connection the range applies to</source>
        <translation>Für welchen Port einer Verbindung der Bereich gilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide sockets on 127.0.0.0/8 and ::1</source>
        <translation>Sockets auf 127.0.0.0/8 und ::1 ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP listeners, and UDP sockets that receive from anyone</source>
        <translation>Lauschende TCP-Sockets und UDP-Sockets, die von jedem empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local port inside this machine&apos;s dynamic (ephemeral) port range</source>
        <translation>Lokaler Port im dynamischen (kurzlebigen) Portbereich dieses Rechners</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the current filter as a preset</source>
        <translation>Den aktuellen Filter als Vorlage speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected preset</source>
        <translation>Die gewählte Vorlage löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every row again</source>
        <translation>Wieder alle Zeilen anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fa&amp;mily:</source>
        <translation>Fa&amp;milie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre&amp;set:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Pr&amp;ocess:</source>
        <translation>Pr&amp;ozess:</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>(no preset)</source>
        <translation>(keine Vorlage)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save filter preset</source>
        <translation>Filtervorlage speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this filter:</source>
        <translation>Name dieses Filters:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>States: %L1</source>
        <translation>Zustände: %L1</translation>
    </message>
</context>
<context>
    <name>portolan::FixPreviewDialog</name>
    <message>
        <location filename="../widgets/fix_preview_dialog.cpp" line="+17"/>
        <source>Fix: preview of every change</source>
        <translation>Behebung: Vorschau aller Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takes effect</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A reboot is needed before some values take effect.</source>
        <translation>Einige Werte werden erst nach einem Neustart des Computers wirksam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restarts %1.</source>
        <translation>Startet %1 neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been changed yet. Apply asks for administrator rights, saves every previous value in a journal first, applies, and reads each value back; Undo restores from that journal.</source>
        <translation>Noch wurde nichts geändert. „Anwenden“ fragt nach Administratorrechten, sichert zuerst jeden bisherigen Wert in einem Journal, wendet die Änderungen an und liest jeden Wert zurück; „Rückgängig“ stellt aus diesem Journal wieder her.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not everything was applied:</source>
        <translation>Nicht alles wurde angewendet:</translation>
    </message>
</context>
<context>
    <name>portolan::HostNameCache</name>
    <message>
        <location filename="../model/qt/host_name_cache.cpp" line="+36"/>
        <source>no PTR record</source>
        <translation>kein PTR-Eintrag</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 of the captured machine&apos;s own network: not looked up here</source>
        <translation>%1 aus dem eigenen Netz des erfassten Rechners: hier nicht nachgeschlagen</translation>
    </message>
</context>
<context>
    <name>portolan::LanguageMenu</name>
    <message>
        <location filename="../app/translation_loader.cpp" line="+21"/>
        <source>The language changes when Portolan is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Portolan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../widgets/language_menu.cpp" line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="+88"/>
        <location line="+752"/>
        <source>Portolan — live</source>
        <translation>Portolan – live</translation>
    </message>
    <message>
        <location line="-752"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter &amp;bar</source>
        <translation>Filter&amp;leiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the filters: protocol, family, state, process, ports, presets (Ctrl+Shift+F)</source>
        <translation>Filter anzeigen: Protokoll, Familie, Zustand, Prozess, Ports, Vorlagen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset to &amp;defaults</source>
        <translation>Stan&amp;dardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open capture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Captures (*.txt *.log *.csv *.json *.out);;All files (*)</source>
        <translation>Mitschnitte (*.txt *.log *.csv *.json *.out);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mpare with capture…</source>
        <translation>Mit Mitschnitt &amp;vergleichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with a capture</source>
        <translation>Mit einem Mitschnitt vergleichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to &amp;live</source>
        <translation>Zurück zur &amp;Live-Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay recording…</source>
        <translation>Aufzeichnung &amp;wiedergeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay a recording</source>
        <translation>Aufzeichnung wiedergeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portolan recordings (*.jsonl *.recording);;All files (*)</source>
        <translation>Portolan-Aufzeichnungen (*.jsonl *.recording);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;cord session to…</source>
        <translation>Sitzung &amp;aufzeichnen nach…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record every snapshot to</source>
        <translation>Jede Momentaufnahme aufzeichnen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portolan recordings (*.jsonl)</source>
        <translation>Portolan-Aufzeichnungen (*.jsonl)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save snapshot…</source>
        <translation>Momentaufnahme &amp;speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+654"/>
        <source>Save snapshot</source>
        <translation>Momentaufnahme speichern</translation>
    </message>
    <message>
        <location line="-654"/>
        <source>Portolan snapshot (*.json)</source>
        <translation>Portolan-Momentaufnahme (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export view…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the current view</source>
        <translation>Aktuelle Ansicht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML-Bericht (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Known-service &amp;catalogue…</source>
        <translation>Katalog bekannter &amp;Dienste…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Processes</source>
        <translation>&amp;Prozesse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pause</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lo&amp;w bandwidth</source>
        <translation>Geringe &amp;Bandbreite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For remote desktops: no green and red rows, no animations, a refresh every %L1 s at most</source>
        <translation>Für Remotedesktops: keine grünen und roten Zeilen, keine Animationen, höchstens alle %L1 s eine Aktualisierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;hresholds…</source>
        <translation>Sch&amp;wellenwerte…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How to read this…</source>
        <translation>So &amp;lesen Sie Portolan…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Portolan</source>
        <translation>&amp;Über Portolan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Portolan</source>
        <translation>Über Portolan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Portolan&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Which process holds this port, and is that the process that should?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Portolan&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Welcher Prozess belegt diesen Port – und ist es der Prozess, der ihn belegen sollte?&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by process</source>
        <translation>nach Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by service</source>
        <translation>nach Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by remote address</source>
        <translation>nach Remoteadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by local port range</source>
        <translation>nach lokalem Portbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the process view groups endpoints</source>
        <translation>Wie die Prozessansicht die Endpunkte gruppiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the process view</source>
        <translation>Gruppierung der Prozessansicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> Interval: </source>
        <translation> Intervall: </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/window_settings.cpp" line="+179"/>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide others</source>
        <translation>Andere ausblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing only these local ports (from the histogram). Click to show all.</source>
        <translation>Nur diese lokalen Ports werden angezeigt (aus dem Histogramm). Klicken, um alle anzuzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local port filter</source>
        <translation>Filter für lokale Ports</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Port ranges</source>
        <translation>Portbereiche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exhaustion</source>
        <translation>Port-Erschöpfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Docked panels</source>
        <translation>Angedockte Bereiche</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>DNS server socket pool</source>
        <translation>Socketpool des DNS-Servers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDP socket pool</source>
        <translation>UDP-Socketpool</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Ports %1–%2 ✕</source>
        <translation>Ports %1–%2 ✕</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>● Replay: %1 (%L2 of %L3)</source>
        <translation>● Wiedergabe: %1 (%L2 von %L3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Capture: %1</source>
        <translation>● Mitschnitt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Not live</source>
        <translation>● Nicht live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Live, recording to %1</source>
        <translation>● Live, Aufzeichnung nach %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Paused</source>
        <translation>● Angehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+137"/>
        <source>Cannot open capture</source>
        <translation>Mitschnitt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Portolan — %1 (%2) — capture, read-only</source>
        <translation>Portolan – %1 (%2) – Mitschnitt, schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>separator of the capture&apos;s details in the title</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 rows loaded, %L2 skipped, %L3 lines were not rows</source>
        <translation>%L1 Zeilen geladen, %L2 übersprungen, %L3 Zeilen waren keine Tabellenzeilen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and %L1 more</source>
        <translation>… und %L1 weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some rows could not be read</source>
        <translation>Einige Zeilen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %L2 rows in %3 could not be read; everything else is shown.</source>
        <translation>%L1 von %L2 Zeilen in %3 konnten nicht gelesen werden; alles andere wird angezeigt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is nothing to compare yet.</source>
        <translation>Es gibt noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>capture %1</source>
        <translation>Mitschnitt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live on %1</source>
        <translation>live auf %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Portolan report</source>
        <translation>Portolan-Bericht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot replay</source>
        <translation>Wiedergabe nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no frame that could be read.

%2</source>
        <translation>%1 enthält keinen lesbaren Frame.

%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portolan — %1 — replay, read-only</source>
        <translation>Portolan – %1 – Wiedergabe, schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln line(s) of the recording could not be read</source>
        <translation>
            <numerusform>%Ln Zeile der Aufzeichnung konnte nicht gelesen werden</numerusform>
            <numerusform>%Ln Zeilen der Aufzeichnung konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>There are no findings yet.</source>
        <translation>Es gibt noch keine Befunde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A capture is shown: fixes apply to this machine only. Go back to live first.</source>
        <translation>Ein Mitschnitt wird angezeigt: Behebungen gelten nur für diesen Computer. Wechseln Sie zuerst zurück zur Live-Ansicht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create a temporary file.</source>
        <translation>Es kann keine temporäre Datei angelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>portolan-cli did not finish: %1</source>
        <translation>portolan-cli wurde nicht beendet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>portolan-cli %1 exited with %2: %3</source>
        <translation>portolan-cli %1 wurde mit %2 beendet: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 → %3 (%4%5)</source>
        <translation>%1: %2 → %3 (%4%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, verified</source>
        <translation>, überprüft</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cannot write the plan file.</source>
        <translation>Die Plandatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The fix was applied and verified.</source>
        <translation>Die Behebung wurde angewendet und überprüft.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The fix was not fully applied.</source>
        <translation>Die Behebung wurde nicht vollständig angewendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>

Journal: %1</source>
        <translation>

Journal: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous values are back.</source>
        <translation>Die vorherigen Werte sind wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo did not restore everything.</source>
        <translation>Das Rückgängigmachen hat nicht alles wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>portolan::PortHistogramChart</name>
    <message>
        <location filename="../widgets/port_histogram_chart.cpp" line="+67"/>
        <source>Local port histogram</source>
        <translation>Histogramm der lokalen Ports</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1</source>
        <translation> – %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>other (%Ln processes)</source>
        <translation>
            <numerusform>andere (%Ln Prozess)</numerusform>
            <numerusform>andere (%Ln Prozesse)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[time wait]</source>
        <translation>[wartend]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[system]</source>
        <translation>[System]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[Zugriff verweigert]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[unknown]</source>
        <translation>[unbekannt]</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Local port</source>
        <translation>Lokaler Port</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoints per %L1 ports</source>
        <translation>Endpunkte je %L1 Ports</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>well-known 0–1023</source>
        <translation>bekannte Ports 0–1023</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dynamic %1–%2%3</source>
        <translation>dynamisch %1–%2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (assumed)</source>
        <translation> (angenommen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reserved %1–%2</source>
        <translation>reserviert %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>excluded %1–%2</source>
        <translation>ausgeschlossen %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS pool excluded %1–%2</source>
        <translation>vom DNS-Pool ausgeschlossen %1–%2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ports %1–%2: %3 endpoints</source>
        <translation>Ports %1–%2: %3 Endpunkte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
</context>
<context>
    <name>portolan::PortRangePanel</name>
    <message>
        <location filename="../widgets/port_range_panel.cpp" line="+21"/>
        <source>%L1 ports</source>
        <translation>%L1 Ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP and UDP</source>
        <translation>TCP und UDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+50"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening</source>
        <translation>Abhörend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established</source>
        <translation>Hergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME_WAIT</source>
        <translation>WARTEND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bound (unconnected)</source>
        <translation>Gebunden (nicht verbunden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histogram bucket size</source>
        <translation>Klassenbreite des Histogramms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram protocol</source>
        <translation>Protokoll des Histogramms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram socket state</source>
        <translation>Socketstatus des Histogramms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port range summary</source>
        <translation>Zusammenfassung der Portbereiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bucket:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click a bucket or drag across several to show only those local ports in the table.</source>
        <translation>Klicken Sie auf eine Klasse oder ziehen Sie über mehrere, um in der Tabelle nur diese lokalen Ports anzuzeigen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %2–%3%4</source>
        <translation>%1 %2–%3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (assumed)</source>
        <translation> (angenommen)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dynamic range: %1 · %Ln endpoints counted</source>
        <translation>
            <numerusform>Dynamischer Bereich: %1 · %Ln Endpunkt gezählt</numerusform>
            <numerusform>Dynamischer Bereich: %1 · %Ln Endpunkte gezählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>portolan::ProcessPropertiesDialog</name>
    <message>
        <location filename="../widgets/process_properties_dialog.cpp" line="+16"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Properties of %1 (PID %2)</source>
        <translation>Eigenschaften von %1 (PID %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process:</source>
        <translation>Prozess:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID:</source>
        <translation>PID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line:</source>
        <translation>Befehlszeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Endpoints (%L1):</source>
        <translation>Endpunkte (%L1):</translation>
    </message>
</context>
<context>
    <name>portolan::ProcessTreeModel</name>
    <message>
        <location filename="../model/qt/process_tree_model.cpp" line="+55"/>
        <source>Process / endpoint</source>
        <translation>Prozess / Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP listening</source>
        <translation>TCP abhörend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP established</source>
        <translation>TCP hergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIME_WAIT</source>
        <translation>WARTEND</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP other</source>
        <translation>TCP andere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In dynamic range</source>
        <translation>Im dynamischen Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of dynamic range</source>
        <translation>Anteil am dynamischen Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services / command line</source>
        <translation>Dienste / Befehlszeile</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>[time wait]</source>
        <comment>socket held by the kernel after close</comment>
        <translation>[wartend]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[system]</source>
        <translation>[System]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[Zugriff verweigert]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[unknown]</source>
        <translation>[unbekannt]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no service name)</source>
        <translation>(kein Dienstname)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not connected)</source>
        <translation>(nicht verbunden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Well-known ports 0–1023</source>
        <translation>Bekannte Ports 0–1023</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports 1024–65535</source>
        <translation>Ports 1024–65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered ports 1024–%1</source>
        <translation>Registrierte Ports 1024–%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic range %1–%2</source>
        <translation>Dynamischer Bereich %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the dynamic range %1–65535</source>
        <translation>Oberhalb des dynamischen Bereichs %1–65535</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>portolan::ProcessTreeView</name>
    <message>
        <location filename="../widgets/process_tree_view.cpp" line="+15"/>
        <source>Process view</source>
        <translation>Prozessansicht</translation>
    </message>
</context>
<context>
    <name>portolan::QuickFilterEdit</name>
    <message>
        <location filename="../widgets/quick_filter_edit.cpp" line="+8"/>
        <source>Filter: process, PID, port, address or state</source>
        <translation>Filter: Prozess, PID, Port, Adresse oder Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
</context>
<context>
    <name>portolan::ReadingGuideDialog</name>
    <message>
        <location filename="../widgets/reading_guide_dialog.cpp" line="+30"/>
        <source>How to read Portolan</source>
        <translation>So lesen Sie Portolan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rows and colours</source>
        <translation>Zeilen und Farben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is one endpoint: a protocol, a local address and port, and for TCP the remote side and the connection&apos;s state. The process that holds it is in the Process and PID columns; sockets that belong to no process (TIME_WAIT) are shown as [time wait], and processes Portolan may not read as [access denied].</source>
        <translation>Jede Zeile ist ein Endpunkt: ein Protokoll, eine lokale Adresse mit Port und bei TCP die Gegenseite und der Zustand der Verbindung. Der Prozess, dem er gehört, steht in den Spalten Prozess und PID; Sockets ohne Prozess (TIME_WAIT) erscheinen als [time wait], Prozesse, die Portolan nicht lesen darf, als [access denied].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new row is green and a closed row red for one refresh, as in TCPView. Rows tinted in the conflict colour hold a port that a known service needs.</source>
        <translation>Eine neue Zeile ist für eine Aktualisierung grün, eine geschlossene rot, wie in TCPView. Zeilen in der Konfliktfarbe belegen einen Port, den ein bekannter Dienst braucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>States</source>
        <translation>Zustände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;LISTEN&lt;/b&gt;: a server waits for connections on this port. &lt;b&gt;ESTABLISHED&lt;/b&gt;: a connection is open. &lt;b&gt;TIME_WAIT&lt;/b&gt;: the connection is closed, but the side that closed first keeps the port pair for a while (60 seconds on Linux, TcpTimedWaitDelay on Windows) so that late packets are not mistaken for a new connection. &lt;b&gt;CLOSE_WAIT&lt;/b&gt;: the peer closed and the program has not; many of them point to a program that leaks connections. &lt;b&gt;BOUND&lt;/b&gt;: a UDP socket, or a TCP socket bound but not listening.</source>
        <translation>&lt;b&gt;LISTEN&lt;/b&gt;: Ein Server wartet auf diesem Port auf Verbindungen. &lt;b&gt;ESTABLISHED&lt;/b&gt;: Eine Verbindung ist offen. &lt;b&gt;TIME_WAIT&lt;/b&gt;: Die Verbindung ist geschlossen, aber die Seite, die zuerst geschlossen hat, hält das Portpaar noch eine Weile (60 Sekunden unter Linux, TcpTimedWaitDelay unter Windows), damit verspätete Pakete nicht für eine neue Verbindung gehalten werden. &lt;b&gt;CLOSE_WAIT&lt;/b&gt;: Die Gegenseite hat geschlossen, das Programm noch nicht; viele davon deuten auf ein Programm, das Verbindungen verliert. &lt;b&gt;BOUND&lt;/b&gt;: ein UDP-Socket oder ein gebundener TCP-Socket, der nicht lauscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thousands of TIME_WAIT rows from one process to one remote endpoint are the usual cause of running out of ephemeral ports: the Exhaustion dock counts them by owner.</source>
        <translation>Tausende TIME_WAIT-Zeilen eines Prozesses zu einem Ziel sind die häufigste Ursache dafür, dass die kurzlebigen Ports ausgehen: Das Fenster Port-Erschöpfung zählt sie nach Besitzer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic ranges</source>
        <translation>Dynamische Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing connections and unbound UDP sockets get a port from the dynamic (ephemeral) range. Windows Vista and Server 2008 and later use 49152–65535 (%1); Windows Server 2003 used 1025–5000 unless MaxUserPort raised it (%2); Linux uses net.ipv4.ip_local_port_range, 32768–60999 by default (%3).</source>
        <translation>Ausgehende Verbindungen und ungebundene UDP-Sockets erhalten einen Port aus dem dynamischen (kurzlebigen) Bereich. Windows Vista und Server 2008 und neuer verwenden 49152–65535 (%1); Windows Server 2003 verwendete 1025–5000, sofern MaxUserPort ihn nicht vergrößerte (%2); Linux verwendet net.ipv4.ip_local_port_range, standardmäßig 32768–60999 (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The histogram shades the machine&apos;s real dynamic range, and the reserved or excluded ranges inside it. A service whose fixed port lies inside the dynamic range can lose it to any program at any time.</source>
        <translation>Das Histogramm hinterlegt den tatsächlichen dynamischen Bereich des Rechners und die darin reservierten oder ausgeschlossenen Bereiche. Ein Dienst, dessen fester Port im dynamischen Bereich liegt, kann ihn jederzeit an ein beliebiges Programm verlieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Socket pools</source>
        <translation>Socket-Pools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since MS08-037 the Windows DNS server opens a pool of 2,500 UDP sockets on random ports at start (%1). When one of them lands on a port another service needs — RADIUS 1645/1646 and 1812/1813, L2TP 1701, IPsec NAT-T 4500, ActiveSync 2883, the cluster service&apos;s 3343 — that service cannot start (%2). Portolan labels such a pool in every view and in the histogram&apos;s legend.</source>
        <translation>Seit MS08-037 öffnet der Windows-DNS-Server beim Start einen Pool von 2.500 UDP-Sockets auf zufälligen Ports (%1). Landet einer davon auf einem Port, den ein anderer Dienst braucht — RADIUS 1645/1646 und 1812/1813, L2TP 1701, IPsec NAT-T 4500, ActiveSync 2883, 3343 des Clusterdienstes —, kann dieser Dienst nicht starten (%2). Portolan kennzeichnet einen solchen Pool in jeder Ansicht und in der Legende des Histogramms.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts and fixes</source>
        <translation>Konflikte und Behebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Conflicts dock lists known-service ports (%1) held by another process, ports at risk inside the dynamic or socket-pool range, and blocked ephemeral ports. Selecting a finding selects its rows.</source>
        <translation>Das Fenster Konflikte listet Ports bekannter Dienste (%1), die ein anderer Prozess belegt, gefährdete Ports im dynamischen Bereich oder im Bereich eines Socket-Pools und blockierte kurzlebige Ports. Die Auswahl eines Befunds wählt seine Zeilen aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix… shows every change before it is made: ReservedPorts (%1), the DNS server&apos;s SocketPoolExcludedPortRanges or SocketPoolSize (%2), a persistent excluded port range, or on Linux net.ipv4.ip_local_reserved_ports; and which services must restart. Apply asks for administrator rights, saves the previous values first, and Undo last fix puts them back.</source>
        <translation>Beheben… zeigt jede Änderung, bevor sie vorgenommen wird: ReservedPorts (%1), SocketPoolExcludedPortRanges oder SocketPoolSize des DNS-Servers (%2), ein dauerhaft ausgeschlossener Portbereich oder unter Linux net.ipv4.ip_local_reserved_ports; und welche Dienste neu starten müssen. Anwenden fragt nach Administratorrechten, sichert zuerst die bisherigen Werte, und Letzte Behebung rückgängig machen stellt sie wieder her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Captures and the stale marker</source>
        <translation>Mitschnitte und die Markierung „Veraltet“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A capture opened from another machine is read-only: its title names the file, the machine and the time, and the actions on processes and connections are disabled. Lines that could not be read are listed with their file and line.</source>
        <translation>Ein von einem anderen Rechner geöffneter Mitschnitt ist schreibgeschützt: Sein Titel nennt Datei, Rechner und Zeit, und die Aktionen auf Prozesse und Verbindungen sind deaktiviert. Zeilen, die nicht gelesen werden konnten, werden mit Datei und Zeile aufgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When no snapshot can be taken (the kernel&apos;s tables cannot be read), the live view keeps the last rows it had and an amber Stale marker in the status bar says since when; it clears by itself when snapshots work again.</source>
        <translation>Wenn kein Snapshot erstellt werden kann (die Tabellen des Kernels sind nicht lesbar), behält die Live-Ansicht ihre letzten Zeilen, und eine gelbe Markierung „Veraltet“ in der Statusleiste sagt, seit wann; sie verschwindet von selbst, sobald Snapshots wieder gelingen.</translation>
    </message>
</context>
<context>
    <name>portolan::RowActions</name>
    <message>
        <location filename="../app/row_actions.cpp" line="+139"/>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lose connection</source>
        <translation>Verbindung sch&amp;ließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the selected TCP connections (the peer sees a reset)</source>
        <translation>Die ausgewählten TCP-Verbindungen zurücksetzen (die Gegenseite sieht einen Reset)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End process…</source>
        <translation>Prozess &amp;beenden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open file location</source>
        <translation>Dateipfad ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roperties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as C&amp;SV</source>
        <translation>Als C&amp;SV kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look &amp;up remote address</source>
        <translation>Remote-Adresse &amp;nachschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse DNS of the remote address (asynchronous; the answer shows in the status bar)</source>
        <translation>Reverse-DNS der Remote-Adresse (asynchron; die Antwort erscheint in der Statusleiste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Whois…</source>
        <translation>&amp;Whois…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the whois registries who holds the remote address (asynchronous; the answer shows in a window)</source>
        <translation>Bei den Whois-Registries erfragen, wem die Remote-Adresse gehört (asynchron; die Antwort erscheint in einem Fenster)</translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <location line="+11"/>
        <source>Closed %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung geschlossen</numerusform>
            <numerusform>%n Verbindungen geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+5"/>
        <source>Close connection</source>
        <translation>Verbindung schließen</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n connection(s) could not be closed.</source>
        <translation>
            <numerusform>%n Verbindung konnte nicht geschlossen werden.</numerusform>
            <numerusform>%n Verbindungen konnten nicht geschlossen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+42"/>
        <location line="+4"/>
        <source>End process</source>
        <translation>Prozess beenden</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1 (PID %2) is no longer running.</source>
        <translation>%1 (PID %2) läuft nicht mehr.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>End %1 (PID %2)?</source>
        <translation>%1 (PID %2) beenden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It holds %n endpoint(s); they close with it.</source>
        <translation>
            <numerusform>Er hält %n Endpunkt; der wird mit ihm geschlossen.</numerusform>
            <numerusform>Er hält %n Endpunkte; sie werden mit ihm geschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (PID %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This needs administrator rights:
%1</source>
        <translation>Dafür sind Administratorrechte nötig:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portolan will run, asking for administrator rights:
%1</source>
        <translation>Portolan führt Folgendes aus und fragt nach Administratorrechten:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: administrator rights were not requested.</source>
        <translation>Nicht ausgeführt: Administratorrechte wurden nicht angefordert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (the capture does not say when that machine started)</source>
        <translation>%1 (die Aufzeichnung sagt nicht, wann jener Rechner gestartet wurde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+19"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no name (%2)</source>
        <translation>%1 hat keinen Namen (%2)</translation>
    </message>
</context>
<context>
    <name>portolan::RowFind</name>
    <message>
        <location filename="../app/row_find.cpp" line="+18"/>
        <source>&amp;Hide rows that do not match</source>
        <translation>Nicht passende Zeilen aus&amp;blenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On: the box filters the rows. Off: every row stays and the box finds; F3 and Shift+F3 step through the matches</source>
        <translation>Ein: Das Feld filtert die Zeilen. Aus: Alle Zeilen bleiben, das Feld sucht; F3 und Umschalt+F3 springen von Treffer zu Treffer</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+14"/>
        <source>No row matches &quot;%1&quot;</source>
        <translation>Keine Zeile passt zu „%1“</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Type what to find in the filter box (Ctrl+F), then F3 finds the next row</source>
        <translation>Suchtext in das Filterfeld eingeben (Strg+F), dann findet F3 die nächste Zeile</translation>
    </message>
</context>
<context>
    <name>portolan::SnapshotStatusBar</name>
    <message>
        <location filename="../widgets/snapshot_status_bar.cpp" line="+15"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint counts</source>
        <translation>Anzahl der Endpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot timing</source>
        <translation>Dauer der Momentaufnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <comment>a status bar label&apos;s accessible name: its role, its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stale data</source>
        <translation>Veraltete Daten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 endpoints (TCP %2, UDP %3) · %4 listening · %5 established · %6 TIME_WAIT · %7 processes</source>
        <translation>%1 Endpunkte (TCP %2, UDP %3) · %4 abhörend · %5 hergestellt · %6 wartend · %7 Prozesse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · %1 shown</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>snapshot %1 ms (%2)</source>
        <translation>Momentaufnahme %1 ms (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Snapshots are slow: refreshing every %L1 s instead</source>
        <translation>Momentaufnahmen sind langsam: stattdessen Aktualisierung alle %L1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>⚠ %Ln conflict(s)</source>
        <translation>
            <numerusform>⚠ %Ln Konflikt</numerusform>
            <numerusform>⚠ %Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln Befund</numerusform>
            <numerusform>%Ln Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stale: showing data from %1</source>
        <translation>Veraltet: Daten von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale: no snapshot could be taken</source>
        <translation>Veraltet: Es konnte kein Snapshot erstellt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshing failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>portolan::SnapshotWorker</name>
    <message>
        <location filename="../model/qt/snapshot_worker.cpp" line="+111"/>
        <source>Writing the recording failed; recording stopped.</source>
        <translation>Das Schreiben der Aufzeichnung ist fehlgeschlagen; die Aufzeichnung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>portolan::SocketState</name>
    <message>
        <location filename="../model/qt/state_text.cpp" line="+18"/>
        <source>UNKNOWN</source>
        <comment>socket state as netstat shows it</comment>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LISTEN</source>
        <comment>socket state as netstat shows it</comment>
        <translation>ABHÖREN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYN_SENT</source>
        <comment>socket state as netstat shows it</comment>
        <translation>SYN_GESENDET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYN_RECEIVED</source>
        <comment>socket state as netstat shows it</comment>
        <translation>SYN_EMPFANGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESTABLISHED</source>
        <comment>socket state as netstat shows it</comment>
        <translation>HERGESTELLT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIN_WAIT_1</source>
        <comment>socket state as netstat shows it</comment>
        <translation>FIN_WARTEN_1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIN_WAIT_2</source>
        <comment>socket state as netstat shows it</comment>
        <translation>FIN_WARTEN_2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOSE_WAIT</source>
        <comment>socket state as netstat shows it</comment>
        <translation>SCHLIESSEN_WARTEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOSING</source>
        <comment>socket state as netstat shows it</comment>
        <translation>SCHLIESSEND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST_ACK</source>
        <comment>socket state as netstat shows it</comment>
        <translation>LETZTE_BESTÄTIGUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME_WAIT</source>
        <comment>socket state as netstat shows it</comment>
        <translation>WARTEND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOSED</source>
        <comment>socket state as netstat shows it</comment>
        <translation>GESCHLOSSEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELETE_TCB</source>
        <comment>socket state as netstat shows it</comment>
        <translation>TCB_LÖSCHEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOUND</source>
        <comment>socket state as netstat shows it</comment>
        <translation>GEBUNDEN</translation>
    </message>
</context>
<context>
    <name>portolan::ThresholdSettings</name>
    <message>
        <location filename="../app/threshold_settings.cpp" line="+93"/>
        <source>The owner share warning threshold</source>
        <translation>Der Warnschwellenwert für den Besitzeranteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner share critical threshold</source>
        <translation>Der kritische Schwellenwert für den Besitzeranteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free share warning threshold</source>
        <translation>Der Warnschwellenwert für den freien Anteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free share critical threshold</source>
        <translation>Der kritische Schwellenwert für den freien Anteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The socket pool minimum</source>
        <translation>Das Minimum für Socketpools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The crowded host endpoint count</source>
        <translation>Die Endpunktzahl für stark belegte Hosts</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The owner share warning threshold (%1) must be below the critical one (%2).</source>
        <translation>Der Warnschwellenwert für den Besitzeranteil (%1) muss unter dem kritischen (%2) liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The free share warning threshold (%1) must be above the critical one (%2): free ports run out through the warning first.</source>
        <translation>Der Warnschwellenwert für den freien Anteil (%1) muss über dem kritischen (%2) liegen: Wenn die freien Ports zur Neige gehen, wird zuerst die Warnung erreicht.</translation>
    </message>
</context>
<context>
    <name>portolan::ThresholdsDialog</name>
    <message>
        <location filename="../widgets/thresholds_dialog.cpp" line="+58"/>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dynamic port exhaustion</source>
        <translation>Erschöpfung dynamischer Ports</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One process holds more than (&amp;warning):</source>
        <translation>Ein Prozess belegt mehr als (&amp;Warnung):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner share warning threshold</source>
        <translation>Warnschwellenwert für den Besitzeranteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when one process, or the TIME_WAIT sockets, hold more than this share of the usable ports of a dynamic range. Default %1 %: Microsoft&apos;s port exhaustion guidance names one or two processes using 90-95 % of the dynamic range as the pattern; warning at half leaves time to act.</source>
        <translation>Warnen, wenn ein Prozess oder die TIME_WAIT-Sockets mehr als diesen Anteil der verwendbaren Ports eines dynamischen Bereichs belegen. Standard %1 %: Microsofts Leitfaden zur Port-Erschöpfung nennt ein oder zwei Prozesse, die 90-95 % des dynamischen Bereichs belegen, als typisches Muster; eine Warnung bei der Hälfte lässt Zeit zum Handeln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One process holds more than (&amp;critical):</source>
        <translation>Ein Prozess belegt mehr als (&amp;kritisch):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner share critical threshold</source>
        <translation>Kritischer Schwellenwert für den Besitzeranteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical when one process holds more than this share of the usable ports of a dynamic range. Default %1 %: the low end of the 90-95 % that Microsoft&apos;s port exhaustion guidance describes. Must be above the warning share.</source>
        <translation>Kritisch, wenn ein Prozess mehr als diesen Anteil der verwendbaren Ports eines dynamischen Bereichs belegt. Standard %1 %: die Untergrenze der 90-95 %, die Microsofts Leitfaden zur Port-Erschöpfung beschreibt. Muss über dem Warnanteil liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free ports below (w&amp;arning):</source>
        <translation>Freie Ports unter (W&amp;arnung):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free share warning threshold</source>
        <translation>Warnschwellenwert für den freien Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when less than this share of the usable ports of a dynamic range is free, whoever holds them. Default %1 %.</source>
        <translation>Warnen, wenn weniger als dieser Anteil der verwendbaren Ports eines dynamischen Bereichs frei ist, gleich wer sie belegt. Standard %1 %.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free ports below (c&amp;ritical):</source>
        <translation>Freie Ports unter (k&amp;ritisch):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free share critical threshold</source>
        <translation>Kritischer Schwellenwert für den freien Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical when less than this share of the usable ports of a dynamic range is free: new outbound connections are about to fail. Default %1 %. Must be below the warning share.</source>
        <translation>Kritisch, wenn weniger als dieser Anteil der verwendbaren Ports eines dynamischen Bereichs frei ist: Neue ausgehende Verbindungen schlagen bald fehl. Standard %1 %. Muss unter dem Warnanteil liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket pools and crowded hosts</source>
        <translation>Socketpools und stark belegte Hosts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket pool: at least (UDP &amp;sockets):</source>
        <translation>Socketpool: mindestens (UDP-&amp;Sockets):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Socket pool minimum UDP sockets</source>
        <translation>Mindestzahl der UDP-Sockets eines Socketpools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A process needs at least this many UDP sockets, spread at random over a wide range, to count as a socket pool (shown folded, as one line). Default %L1: an order of magnitude below the %L2-port socket pool a Windows DNS server binds since MS08-037 (KB 953230), well above what an ordinary service opens.</source>
        <translation>Ein Prozess braucht mindestens so viele UDP-Sockets, zufällig über einen weiten Bereich verteilt, um als Socketpool zu gelten (zusammengefasst als eine Zeile angezeigt). Standard %L1: eine Größenordnung unter dem Socketpool mit %L2 Ports, den ein Windows-DNS-Server seit MS08-037 (KB 953230) bindet, und weit über dem, was ein gewöhnlicher Dienst öffnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crowded host: more than (&amp;endpoints):</source>
        <translation>Stark belegter Host: mehr als (&amp;Endpunkte):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crowded host endpoint count</source>
        <translation>Endpunktzahl für stark belegte Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above this many endpoints the host counts as crowded, and costly extras such as reverse DNS of every remote address are off by default. Default %L1.</source>
        <translation>Bei mehr als so vielen Endpunkten gilt der Host als stark belegt, und aufwendige Extras wie Reverse-DNS für jede Remoteadresse sind standardmäßig ausgeschaltet. Standard %L1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Threshold problems</source>
        <translation>Probleme mit den Schwellenwerten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore &amp;defaults</source>
        <translation>Stan&amp;dardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the default values in the inputs (nothing is stored before OK)</source>
        <translation>Die Standardwerte in die Eingabefelder übernehmen (gespeichert wird erst mit OK)</translation>
    </message>
</context>
<context>
    <name>portolan::ViewExport</name>
    <message>
        <location filename="../model/qt/view_export.cpp" line="+58"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%L1 more rows not shown; export CSV for all of them.</source>
        <translation>%L1 weitere Zeilen nicht angezeigt; exportieren Sie CSV für alle.</translation>
    </message>
</context>
<context>
    <name>portolan::WhoisDialog</name>
    <message>
        <location filename="../widgets/whois_dialog.cpp" line="+31"/>
        <source>Whois status</source>
        <translation>Whois-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whois summary</source>
        <translation>Whois-Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers asked</source>
        <translation>Abgefragte Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whois %1</source>
        <translation>Whois %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whois answer</source>
        <translation>Whois-Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the whois answer</source>
        <translation>Die Whois-Antwort kopieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered by Portolan: %1</source>
        <translation>Von Portolan beantwortet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer cut at %L1 KiB</source>
        <translation>Antwort bei %L1 KiB abgeschnitten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No server asked</source>
        <translation>Kein Server abgefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked: %1</source>
        <translation>Abgefragt: %1</translation>
    </message>
</context>
<context>
    <name>portolan::WhoisLookup</name>
    <message>
        <location filename="../model/qt/whois_lookup.cpp" line="+84"/>
        <location line="+24"/>
        <source>the unspecified address (no address yet)</source>
        <translation>die unspezifizierte Adresse (noch keine Adresse)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>a &quot;this network&quot; address (0.0.0.0/8)</source>
        <translation>eine „Dieses Netzwerk“-Adresse (0.0.0.0/8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a loopback address (127.0.0.0/8: this machine itself)</source>
        <translation>eine Loopbackadresse (127.0.0.0/8: dieser Rechner selbst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a private address (RFC 1918: 10.0.0.0/8)</source>
        <translation>eine private Adresse (RFC 1918: 10.0.0.0/8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a private address (RFC 1918: 172.16.0.0/12)</source>
        <translation>eine private Adresse (RFC 1918: 172.16.0.0/12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a private address (RFC 1918: 192.168.0.0/16)</source>
        <translation>eine private Adresse (RFC 1918: 192.168.0.0/16)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a carrier-grade NAT address (RFC 6598: 100.64.0.0/10, shared inside a provider)</source>
        <translation>eine Carrier-Grade-NAT-Adresse (RFC 6598: 100.64.0.0/10, innerhalb eines Providers gemeinsam genutzt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a link-local address (169.254.0.0/16: valid on one network segment only)</source>
        <translation>eine verbindungslokale Adresse (169.254.0.0/16: nur in einem Netzwerksegment gültig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 5737: 192.0.2.0/24)</source>
        <translation>eine Dokumentationsadresse (RFC 5737: 192.0.2.0/24)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 5737: 198.51.100.0/24)</source>
        <translation>eine Dokumentationsadresse (RFC 5737: 198.51.100.0/24)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 5737: 203.0.113.0/24)</source>
        <translation>eine Dokumentationsadresse (RFC 5737: 203.0.113.0/24)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a benchmarking address (RFC 2544: 198.18.0.0/15)</source>
        <translation>eine Benchmarking-Adresse (RFC 2544: 198.18.0.0/15)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a multicast address (224.0.0.0/4: a group, not a host)</source>
        <translation>eine Multicastadresse (224.0.0.0/4: eine Gruppe, kein Host)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the broadcast address</source>
        <translation>die Broadcastadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reserved address (240.0.0.0/4)</source>
        <translation>eine reservierte Adresse (240.0.0.0/4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loopback address (::1: this machine itself)</source>
        <translation>die Loopbackadresse (::1: dieser Rechner selbst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link-local address (fe80::/10: valid on one network segment only)</source>
        <translation>eine verbindungslokale Adresse (fe80::/10: nur in einem Netzwerksegment gültig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a site-local address (fec0::/10, deprecated by RFC 3879)</source>
        <translation>eine standortlokale Adresse (fec0::/10, durch RFC 3879 veraltet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a unique local address (RFC 4193: fc00::/7, IPv6&apos;s private range)</source>
        <translation>eine eindeutige lokale Adresse (RFC 4193: fc00::/7, der private Bereich von IPv6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a multicast address (ff00::/8: a group, not a host)</source>
        <translation>eine Multicastadresse (ff00::/8: eine Gruppe, kein Host)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 3849: 2001:db8::/32)</source>
        <translation>eine Dokumentationsadresse (RFC 3849: 2001:db8::/32)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a documentation address (RFC 9637: 3fff::/20)</source>
        <translation>eine Dokumentationsadresse (RFC 9637: 3fff::/20)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not an IP address.</source>
        <translation>%1 ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is %2.

The whois registries hold only public addresses, so Portolan answered this itself, without asking any server.</source>
        <translation>%1 ist %2.

Die Whois-Registries führen nur öffentliche Adressen, daher hat Portolan selbst geantwortet, ohne einen Server abzufragen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot ask %1: %2</source>
        <translation>%1 kann nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
</context>
</TS>
