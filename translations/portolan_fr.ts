<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+43"/>
        <source>Which process holds this port?</source>
        <translation>Quel processus occupe ce port&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log level: trace, debug, info, warn, error, off.</source>
        <translation>Niveau de journalisation&#xa0;: trace, debug, info, warn, error, off.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read /proc/net instead of NETLINK_SOCK_DIAG (Linux).</source>
        <translation>Lire /proc/net au lieu de NETLINK_SOCK_DIAG (Linux).</translation>
    </message>
    <message>
        <location filename="../app/gui_options.cpp" line="+21"/>
        <source>Refresh interval in milliseconds (default: the last one used, else 1000).</source>
        <translation>Intervalle d’actualisation en millisecondes (par défaut : le dernier utilisé, sinon 1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with refreshes paused.</source>
        <translation>Démarrer avec l’actualisation en pause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The view to start in: table or processes.</source>
        <translation>Vue au démarrage&#xa0;: table (tableau) ou processes (processus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low-bandwidth mode, for remote desktops: no row highlighting, no animations, slower refresh.</source>
        <translation>Mode faible bande passante, pour les bureaux à distance&#xa0;: pas de surlignage des lignes, pas d&apos;animations, actualisation plus lente.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+2"/>
        <source>Quit after this many milliseconds (scripted runs and screenshots).</source>
        <translation>Quitter après ce nombre de millisecondes (exécutions scriptées et captures d&apos;écran).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --quit-after: save a picture of the window to this file first.</source>
        <translation>Avec --quit-after&#xa0;: enregistrer d&apos;abord une image de la fenêtre dans ce fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The interface language: %1, or system (the default).</source>
        <translation>Langue de l&apos;interface&#xa0;: %1, ou system (par défaut).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A capture to open (netstat, ss, TCPView, PowerShell, Portolan JSON); a second one is compared with the first.</source>
        <translation>Une capture à ouvrir (netstat, ss, TCPView, PowerShell, JSON Portolan)&#xa0;; une deuxième est comparée à la première.</translation>
    </message>
</context>
<context>
    <name>portolan::AddressResolving</name>
    <message>
        <location filename="../app/address_resolving.cpp" line="+17"/>
        <source>Resol&amp;ve remote addresses</source>
        <translation>&amp;Résoudre les adresses distantes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the remote host&apos;s DNS name in the Remote host column (looked up for the rows on screen only, in the background)</source>
        <translation>Afficher le nom DNS de l&apos;hôte distant dans la colonne Hôte distant (recherché en arrière-plan, pour les lignes affichées à l&apos;écran seulement)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remote addresses are resolved again (%L1 endpoints)</source>
        <translation>Les adresses distantes sont de nouveau résolues (%L1 points de terminaison)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crowded host (%L1 endpoints): remote addresses are no longer resolved; Ctrl+R turns it back on</source>
        <translation>Hôte très chargé (%L1 points de terminaison)&#xa0;: les adresses distantes ne sont plus résolues&#xa0;; Ctrl+R rétablit la résolution</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogueDialog</name>
    <message>
        <location filename="../widgets/catalogue_dialog.cpp" line="+44"/>
        <source>Known-service catalogue</source>
        <translation>Catalogue des services connus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your overrides (%1). An entry with a shipped id changes only the fields it gives; &quot;enabled&quot;: false removes one; a new id adds one.</source>
        <translation>Vos modifications (%1). Une entrée dont l&apos;identifiant est livré ne change que les champs qu&apos;elle donne&#xa0;; &quot;enabled&quot;: false en supprime une&#xa0;; un nouvel identifiant en ajoute une.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not saved:
%1</source>
        <translation>Non enregistré&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>portolan::CompareDialog</name>
    <message>
        <location filename="../widgets/compare_dialog.cpp" line="+33"/>
        <source>Compare: %1 → %2</source>
        <translation>Comparaison&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 added, %L2 removed, %L3 changed, %L4 unchanged (%L5 → %L6 endpoints)</source>
        <translation>%L1 ajoutés, %L2 supprimés, %L3 modifiés, %L4 inchangés (%L5 → %L6 points de terminaison)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delta</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>ajouté</translation>
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
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — the first %L1 rows are listed; `portolan diff` prints all</source>
        <translation> — les %L1 premières lignes sont listées&#xa0;; `portolan diff` les affiche toutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per process</source>
        <translation>Par processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
</context>
<context>
    <name>portolan::ConflictPanel</name>
    <message>
        <location filename="../widgets/conflict_panel.cpp" line="+19"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown holder</source>
        <translation>Détenteur inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked ephemeral ports</source>
        <translation>Ports éphémères bloqués</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS server socket pool</source>
        <translation>Pool de sockets du serveur DNS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDP socket pool</source>
        <translation>Pool de sockets UDP</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fix…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last fix</source>
        <translation>Annuler la dernière correction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict findings</source>
        <translation>Constats de conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known-service ports held by the wrong process, most severe first</source>
        <translation>Ports de services connus détenus par le mauvais processus, les plus graves d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding details</source>
        <translation>Détails du constat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a fix for the selected finding and show it before anything changes</source>
        <translation>Planifier une correction pour le constat sélectionné et l&apos;afficher avant toute modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last fix applied from this window</source>
        <translation>Annuler la dernière correction appliquée depuis cette fenêtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by</source>
        <translation>Détenu par</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;p&gt;No known-service port is held by an unexpected process.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun port de service connu n&apos;est détenu par un processus inattendu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Source&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Fixes:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Corrections&#xa0;:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Apply with &lt;code&gt;portolan fix %1 --plan-out plan.json&lt;/code&gt;, review the plan, then &lt;code&gt;portolan apply plan.json&lt;/code&gt; (it elevates, backs up and verifies; &lt;code&gt;portolan undo&lt;/code&gt; restores).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Appliquez avec &lt;code&gt;portolan fix %1 --plan-out plan.json&lt;/code&gt;, vérifiez le plan, puis &lt;code&gt;portolan apply plan.json&lt;/code&gt; (il demande l&apos;élévation, sauvegarde et vérifie&#xa0;; &lt;code&gt;portolan undo&lt;/code&gt; restaure).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;p&gt;%Ln evidence row(s) selected in the table.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%Ln ligne de preuve sélectionnée dans le tableau.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%Ln lignes de preuve sélectionnées dans le tableau.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ElevatedCliRun</name>
    <message>
        <location filename="../app/elevated_cli_run.cpp" line="+23"/>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create a temporary file: %1</source>
        <translation>Impossible de créer un fichier temporaire : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>portolan-cli exited with code %1 and left no result.</source>
        <translation>portolan-cli s’est terminé avec le code %1 sans laisser de résultat.</translation>
    </message>
</context>
<context>
    <name>portolan::EndpointTableModel</name>
    <message>
        <location filename="../model/qt/endpoint_table_model.cpp" line="+79"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local address</source>
        <translation>Adresse locale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local port</source>
        <translation>Port local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote address</source>
        <translation>Adresse distante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote port</source>
        <translation>Port distant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <translation>Vu la première fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote host</source>
        <translation>Hôte distant</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source> (+%Ln more)</source>
        <comment>other processes sharing the socket</comment>
        <translation>
            <numerusform> (+%Ln autre)</numerusform>
            <numerusform> (+%Ln autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[time wait]</source>
        <comment>socket held by the kernel after close, no process</comment>
        <translation>[attente temps]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[system]</source>
        <translation>[système]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[accès refusé]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[pid %1]</source>
        <translation>[PID %1]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[unknown]</source>
        <translation>[inconnu]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name lookups are off (View &gt; Resolve remote addresses)</source>
        <translation>La résolution des noms est désactivée (Affichage &gt; Résoudre les adresses distantes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up the name…</source>
        <translation>Recherche du nom…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No name: %1</source>
        <translation>Aucun nom&#xa0;: %1</translation>
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
        <translation>Tableau des points de terminaison</translation>
    </message>
</context>
<context>
    <name>portolan::ExhaustionPanel</name>
    <message>
        <location filename="../widgets/exhaustion_panel.cpp" line="+27"/>
        <source>[time wait]</source>
        <translation>[attente temps]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[system]</source>
        <translation>[système]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[accès refusé]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other processes</source>
        <translation>autres processus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[unknown]</source>
        <translation>[inconnu]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Range / consumer</source>
        <translation>Plage / consommateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dynamic range usage</source>
        <translation>Utilisation des plages dynamiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each dynamic port range with its top consumers, the TIME_WAIT owners and the busiest remote endpoints</source>
        <translation>Chaque plage de ports dynamiques avec ses principaux consommateurs, les propriétaires des sockets TIME_WAIT et les points de terminaison distants les plus sollicités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhaustion warnings</source>
        <translation>Avertissements d&apos;épuisement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic ports in use per process over time</source>
        <translation>Ports dynamiques utilisés par processus au fil du temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic ports in use per process</source>
        <translation>Ports dynamiques utilisés par processus</translation>
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
        <translation>%1 détient %2 de la plage dynamique %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of the %2 dynamic range is free</source>
        <translation>Seuls %1 de la plage dynamique %2 sont libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 dynamic range is exhausted</source>
        <translation>La plage dynamique %1 est épuisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 dynamic range has no usable port</source>
        <translation>La plage dynamique %1 n&apos;a aucun port utilisable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No exhaustion warnings.</source>
        <translation>Aucun avertissement d&apos;épuisement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 dynamic %3–%4</source>
        <translation>%1 %2 dynamique %3–%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in use</source>
        <translation>%1 utilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 usable of %2; %3 reserved or excluded; from %4</source>
        <translation>%1 utilisables sur %2&#xa0;; %3 réservés ou exclus&#xa0;; d&apos;après %4</translation>
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
        <translation>ATTENTE_TEMPS par propriétaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unattributed (client side)</source>
        <translation>non attribué (côté client)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by the listening port</source>
        <translation>d&apos;après le port à l&apos;écoute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top remote endpoints</source>
        <translation>Principaux points de terminaison distants</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 established, %2 TIME_WAIT</source>
        <translation>%1 établies, %2 en ATTENTE_TEMPS</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
</context>
<context>
    <name>portolan::FilterBar</name>
    <message>
        <location filename="../widgets/filter_bar.cpp" line="+50"/>
        <source>Hide &amp;loopback</source>
        <translation>Masquer la boucle &amp;locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only liste&amp;ning</source>
        <translation>&amp;Seulement en écoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the &amp;dynamic range</source>
        <translation>Seulement dans la plage d&amp;ynamique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TCP and UDP</source>
        <translation>TCP et UDP</translation>
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
        <translation>IPv4 et IPv6</translation>
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
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>name contains</source>
        <translation>le nom contient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1024-5000</source>
        <translation>p. ex. 1024-5000</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>local side</source>
        <translation>côté local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote side</source>
        <translation>côté distant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either side</source>
        <translation>un des deux côtés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which port of a connection the range applies to</source>
        <translation>À quel port d’une connexion la plage s’applique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide sockets on 127.0.0.0/8 and ::1</source>
        <translation>Masquer les sockets sur 127.0.0.0/8 et ::1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP listeners, and UDP sockets that receive from anyone</source>
        <translation>Sockets TCP en écoute, et sockets UDP qui reçoivent de n’importe qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local port inside this machine&apos;s dynamic (ephemeral) port range</source>
        <translation>Port local dans la plage de ports dynamiques (éphémères) de cette machine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the current filter as a preset</source>
        <translation>Enregistrer le filtre actuel comme préréglage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected preset</source>
        <translation>Supprimer le préréglage choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every row again</source>
        <translation>Afficher de nouveau toutes les lignes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocole :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fa&amp;mily:</source>
        <translation>Fa&amp;mille :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre&amp;set:</source>
        <translation>Préré&amp;glage :</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Pr&amp;ocess:</source>
        <translation>Pr&amp;ocessus :</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>(no preset)</source>
        <translation>(aucun préréglage)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save filter preset</source>
        <translation>Enregistrer le préréglage de filtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this filter:</source>
        <translation>Nom de ce filtre :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>States: %L1</source>
        <translation>États : %L1</translation>
    </message>
</context>
<context>
    <name>portolan::FixPreviewDialog</name>
    <message>
        <location filename="../widgets/fix_preview_dialog.cpp" line="+17"/>
        <source>Fix: preview of every change</source>
        <translation>Correction&#xa0;: aperçu de chaque modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takes effect</source>
        <translation>Prise d&apos;effet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A reboot is needed before some values take effect.</source>
        <translation>Un redémarrage est nécessaire pour que certaines valeurs prennent effet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restarts %1.</source>
        <translation>Redémarre %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been changed yet. Apply asks for administrator rights, saves every previous value in a journal first, applies, and reads each value back; Undo restores from that journal.</source>
        <translation>Rien n&apos;a encore été modifié. Appliquer demande les droits d&apos;administrateur, enregistre d&apos;abord chaque valeur précédente dans un journal, applique, puis relit chaque valeur&#xa0;; Annuler restaure à partir de ce journal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not everything was applied:</source>
        <translation>Tout n&apos;a pas été appliqué&#xa0;:</translation>
    </message>
</context>
<context>
    <name>portolan::HostNameCache</name>
    <message>
        <location filename="../model/qt/host_name_cache.cpp" line="+36"/>
        <source>no PTR record</source>
        <translation>aucun enregistrement PTR</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 of the captured machine&apos;s own network: not looked up here</source>
        <translation>%1 du réseau propre à la machine capturée : non résolue ici</translation>
    </message>
</context>
<context>
    <name>portolan::LanguageMenu</name>
    <message>
        <location filename="../app/translation_loader.cpp" line="+21"/>
        <source>The language changes when Portolan is started again.</source>
        <translation>La langue change au prochain démarrage de Portolan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../widgets/language_menu.cpp" line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="+88"/>
        <location line="+752"/>
        <source>Portolan — live</source>
        <translation>Portolan — en direct</translation>
    </message>
    <message>
        <location line="-752"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter &amp;bar</source>
        <translation>Barre de &amp;filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the filters: protocol, family, state, process, ports, presets (Ctrl+Shift+F)</source>
        <translation>Afficher les filtres : protocole, famille, état, processus, ports, préréglages (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset to &amp;defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open capture…</source>
        <translation>&amp;Ouvrir une capture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a capture</source>
        <translation>Ouvrir une capture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Captures (*.txt *.log *.csv *.json *.out);;All files (*)</source>
        <translation>Captures (*.txt *.log *.csv *.json *.out);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mpare with capture…</source>
        <translation>Co&amp;mparer avec une capture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with a capture</source>
        <translation>Comparer avec une capture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to &amp;live</source>
        <translation>Revenir au &amp;direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay recording…</source>
        <translation>&amp;Rejouer un enregistrement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay a recording</source>
        <translation>Rejouer un enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portolan recordings (*.jsonl *.recording);;All files (*)</source>
        <translation>Enregistrements Portolan (*.jsonl *.recording);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;cord session to…</source>
        <translation>Enregistrer la &amp;session dans…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record every snapshot to</source>
        <translation>Enregistrer chaque instantané dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portolan recordings (*.jsonl)</source>
        <translation>Enregistrements Portolan (*.jsonl)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save snapshot…</source>
        <translation>Enregistrer l&apos;&amp;instantané…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+654"/>
        <source>Save snapshot</source>
        <translation>Enregistrer l&apos;instantané</translation>
    </message>
    <message>
        <location line="-654"/>
        <source>Portolan snapshot (*.json)</source>
        <translation>Instantané Portolan (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export view…</source>
        <translation>E&amp;xporter la vue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the current view</source>
        <translation>Exporter la vue actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Rapport HTML (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Known-service &amp;catalogue…</source>
        <translation>Catalogue des services co&amp;nnus…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Processes</source>
        <translation>&amp;Processus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pause</source>
        <translation>P&amp;ause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh now</source>
        <translation>Actualiser &amp;maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lo&amp;w bandwidth</source>
        <translation>Faible &amp;bande passante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For remote desktops: no green and red rows, no animations, a refresh every %L1 s at most</source>
        <translation>Pour les bureaux à distance&#xa0;: pas de lignes vertes ni rouges, pas d&apos;animations, une actualisation toutes les %L1&#xa0;s au plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;hresholds…</source>
        <translation>&amp;Seuils…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How to read this…</source>
        <translation>Comment &amp;lire Portolan…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Portolan</source>
        <translation>À &amp;propos de Portolan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Portolan</source>
        <translation>À propos de Portolan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Portolan&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Which process holds this port, and is that the process that should?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Portolan&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Quel processus occupe ce port, et est-ce bien celui qui devrait l&apos;occuper&#xa0;?&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by process</source>
        <translation>par processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by service</source>
        <translation>par service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by remote address</source>
        <translation>par adresse distante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by local port range</source>
        <translation>par plage de ports locaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the process view groups endpoints</source>
        <translation>Comment la vue des processus regroupe les points de terminaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the process view</source>
        <translation>Regroupement de la vue des processus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> Interval: </source>
        <translation> Intervalle&#xa0;: </translation>
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
        <translation>Intervalle d&apos;actualisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide others</source>
        <translation>Masquer les autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing only these local ports (from the histogram). Click to show all.</source>
        <translation>Seuls ces ports locaux sont affichés (depuis l&apos;histogramme). Cliquez pour tout afficher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local port filter</source>
        <translation>Filtre de ports locaux</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Port ranges</source>
        <translation>Plages de ports</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exhaustion</source>
        <translation>Épuisement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Docked panels</source>
        <translation>Panneaux ancrés</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>DNS server socket pool</source>
        <translation>Pool de sockets du serveur DNS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDP socket pool</source>
        <translation>Pool de sockets UDP</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Ports %1–%2 ✕</source>
        <translation>Ports %1–%2 ✕</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>● Replay: %1 (%L2 of %L3)</source>
        <translation>● Relecture&#xa0;: %1 (%L2 sur %L3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Capture: %1</source>
        <translation>● Capture&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Not live</source>
        <translation>● Pas en direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Live, recording to %1</source>
        <translation>● En direct, enregistrement dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Paused</source>
        <translation>● En pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+137"/>
        <source>Cannot open capture</source>
        <translation>Impossible d&apos;ouvrir la capture</translation>
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
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Portolan — %1 (%2) — capture, read-only</source>
        <translation>Portolan — %1 (%2) — capture, lecture seule</translation>
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
        <translation>%L1 lignes chargées, %L2 ignorées, %L3 lignes n&apos;étaient pas des lignes de données</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and %L1 more</source>
        <translation>… et %L1 de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some rows could not be read</source>
        <translation>Certaines lignes n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %L2 rows in %3 could not be read; everything else is shown.</source>
        <translation>%L1 lignes sur %L2 de %3 n&apos;ont pas pu être lues&#xa0;; tout le reste est affiché.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is nothing to compare yet.</source>
        <translation>Il n&apos;y a encore rien à comparer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>capture %1</source>
        <translation>capture %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live on %1</source>
        <translation>en direct sur %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Portolan report</source>
        <translation>Rapport Portolan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot replay</source>
        <translation>Relecture impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no frame that could be read.

%2</source>
        <translation>%1 ne contient aucune trame lisible.

%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portolan — %1 — replay, read-only</source>
        <translation>Portolan — %1 — relecture, lecture seule</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln line(s) of the recording could not be read</source>
        <translation>
            <numerusform>%Ln ligne de l&apos;enregistrement n&apos;a pas pu être lue</numerusform>
            <numerusform>%Ln lignes de l&apos;enregistrement n&apos;ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>There are no findings yet.</source>
        <translation>Il n&apos;y a encore aucun constat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A capture is shown: fixes apply to this machine only. Go back to live first.</source>
        <translation>Une capture est affichée&#xa0;: les corrections ne s&apos;appliquent qu&apos;à cette machine. Revenez d&apos;abord au direct.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create a temporary file.</source>
        <translation>Impossible de créer un fichier temporaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>portolan-cli did not finish: %1</source>
        <translation>portolan-cli ne s&apos;est pas terminé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>portolan-cli %1 exited with %2: %3</source>
        <translation>portolan-cli %1 s&apos;est terminé avec le code %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 → %3 (%4%5)</source>
        <translation>%1&#xa0;: %2 → %3 (%4%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, verified</source>
        <translation>, vérifié</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cannot write the plan file.</source>
        <translation>Impossible d&apos;écrire le fichier du plan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The fix was applied and verified.</source>
        <translation>La correction a été appliquée et vérifiée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The fix was not fully applied.</source>
        <translation>La correction n&apos;a pas été entièrement appliquée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>

Journal: %1</source>
        <translation>

Journal&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous values are back.</source>
        <translation>Les valeurs précédentes sont rétablies.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo did not restore everything.</source>
        <translation>L&apos;annulation n&apos;a pas tout restauré.</translation>
    </message>
</context>
<context>
    <name>portolan::PortHistogramChart</name>
    <message>
        <location filename="../widgets/port_histogram_chart.cpp" line="+67"/>
        <source>Local port histogram</source>
        <translation>Histogramme des ports locaux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>other (%Ln processes)</source>
        <translation>
            <numerusform>autres (%Ln processus)</numerusform>
            <numerusform>autres (%Ln processus)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[time wait]</source>
        <translation>[attente temps]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[system]</source>
        <translation>[système]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[accès refusé]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[unknown]</source>
        <translation>[inconnu]</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Local port</source>
        <translation>Port local</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoints per %L1 ports</source>
        <translation>Points de terminaison par tranche de %L1 ports</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>well-known 0–1023</source>
        <translation>ports bien connus 0–1023</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dynamic %1–%2%3</source>
        <translation>dynamique %1–%2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (assumed)</source>
        <translation> (supposée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reserved %1–%2</source>
        <translation>réservée %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>excluded %1–%2</source>
        <translation>exclue %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS pool excluded %1–%2</source>
        <translation>exclue du pool DNS %1–%2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ports %1–%2: %3 endpoints</source>
        <translation>Ports %1–%2&#xa0;: %3 points de terminaison</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>portolan::PortRangePanel</name>
    <message>
        <location filename="../widgets/port_range_panel.cpp" line="+21"/>
        <source>%L1 ports</source>
        <translation>%L1 ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP and UDP</source>
        <translation>TCP et UDP</translation>
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
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening</source>
        <translation>À l&apos;écoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established</source>
        <translation>Établie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME_WAIT</source>
        <translation>ATTENTE_TEMPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bound (unconnected)</source>
        <translation>Lié (non connecté)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histogram bucket size</source>
        <translation>Taille des tranches de l&apos;histogramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram protocol</source>
        <translation>Protocole de l&apos;histogramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram socket state</source>
        <translation>État des sockets de l&apos;histogramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port range summary</source>
        <translation>Résumé des plages de ports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bucket:</source>
        <translation>Tranche&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click a bucket or drag across several to show only those local ports in the table.</source>
        <translation>Cliquez sur une tranche ou faites glisser sur plusieurs pour n&apos;afficher que ces ports locaux dans le tableau.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %2–%3%4</source>
        <translation>%1 %2–%3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (assumed)</source>
        <translation> (supposée)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dynamic range: %1 · %Ln endpoints counted</source>
        <translation>
            <numerusform>Plage dynamique&#xa0;: %1 · %Ln point de terminaison compté</numerusform>
            <numerusform>Plage dynamique&#xa0;: %1 · %Ln points de terminaison comptés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>portolan::ProcessPropertiesDialog</name>
    <message>
        <location filename="../widgets/process_properties_dialog.cpp" line="+16"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Properties of %1 (PID %2)</source>
        <translation>Propriétés de %1 (PID %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process:</source>
        <translation>Processus :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID:</source>
        <translation>PID :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line:</source>
        <translation>Ligne de commande :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started:</source>
        <translation>Démarré :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services:</source>
        <translation>Services :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Endpoints (%L1):</source>
        <translation>Points de terminaison (%L1) :</translation>
    </message>
</context>
<context>
    <name>portolan::ProcessTreeModel</name>
    <message>
        <location filename="../model/qt/process_tree_model.cpp" line="+55"/>
        <source>Process / endpoint</source>
        <translation>Processus / point de terminaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP listening</source>
        <translation>TCP à l&apos;écoute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP established</source>
        <translation>TCP établies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIME_WAIT</source>
        <translation>ATTENTE_TEMPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP other</source>
        <translation>TCP autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In dynamic range</source>
        <translation>Dans la plage dynamique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of dynamic range</source>
        <translation>Part de la plage dynamique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services / command line</source>
        <translation>Services / ligne de commande</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>[time wait]</source>
        <comment>socket held by the kernel after close</comment>
        <translation>[attente temps]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[system]</source>
        <translation>[système]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[accès refusé]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[unknown]</source>
        <translation>[inconnu]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no service name)</source>
        <translation>(pas de nom de service)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not connected)</source>
        <translation>(non connecté)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Well-known ports 0–1023</source>
        <translation>Ports bien connus 0–1023</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports 1024–65535</source>
        <translation>Ports 1024–65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered ports 1024–%1</source>
        <translation>Ports enregistrés 1024–%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic range %1–%2</source>
        <translation>Plage dynamique %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the dynamic range %1–65535</source>
        <translation>Au-dessus de la plage dynamique %1–65535</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>portolan::ProcessTreeView</name>
    <message>
        <location filename="../widgets/process_tree_view.cpp" line="+15"/>
        <source>Process view</source>
        <translation>Vue des processus</translation>
    </message>
</context>
<context>
    <name>portolan::QuickFilterEdit</name>
    <message>
        <location filename="../widgets/quick_filter_edit.cpp" line="+8"/>
        <source>Filter: process, PID, port, address or state</source>
        <translation>Filtre&#xa0;: processus, PID, port, adresse ou état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick filter</source>
        <translation>Filtre rapide</translation>
    </message>
</context>
<context>
    <name>portolan::ReadingGuideDialog</name>
    <message>
        <location filename="../widgets/reading_guide_dialog.cpp" line="+30"/>
        <source>How to read Portolan</source>
        <translation>Comment lire Portolan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rows and colours</source>
        <translation>Lignes et couleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is one endpoint: a protocol, a local address and port, and for TCP the remote side and the connection&apos;s state. The process that holds it is in the Process and PID columns; sockets that belong to no process (TIME_WAIT) are shown as [time wait], and processes Portolan may not read as [access denied].</source>
        <translation>Chaque ligne est un point de terminaison : un protocole, une adresse et un port locaux et, pour TCP, l&apos;extrémité distante et l&apos;état de la connexion. Le processus qui le détient figure dans les colonnes Processus et PID ; les sockets qui n&apos;appartiennent à aucun processus (TIME_WAIT) apparaissent comme [time wait], et les processus que Portolan ne peut pas lire comme [access denied].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new row is green and a closed row red for one refresh, as in TCPView. Rows tinted in the conflict colour hold a port that a known service needs.</source>
        <translation>Une nouvelle ligne est verte et une ligne fermée rouge pendant une actualisation, comme dans TCPView. Les lignes teintées de la couleur des conflits occupent un port dont un service connu a besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;LISTEN&lt;/b&gt;: a server waits for connections on this port. &lt;b&gt;ESTABLISHED&lt;/b&gt;: a connection is open. &lt;b&gt;TIME_WAIT&lt;/b&gt;: the connection is closed, but the side that closed first keeps the port pair for a while (60 seconds on Linux, TcpTimedWaitDelay on Windows) so that late packets are not mistaken for a new connection. &lt;b&gt;CLOSE_WAIT&lt;/b&gt;: the peer closed and the program has not; many of them point to a program that leaks connections. &lt;b&gt;BOUND&lt;/b&gt;: a UDP socket, or a TCP socket bound but not listening.</source>
        <translation>&lt;b&gt;LISTEN&lt;/b&gt; : un serveur attend des connexions sur ce port. &lt;b&gt;ESTABLISHED&lt;/b&gt; : une connexion est ouverte. &lt;b&gt;TIME_WAIT&lt;/b&gt; : la connexion est fermée, mais le côté qui a fermé le premier garde la paire de ports un moment (60 secondes sous Linux, TcpTimedWaitDelay sous Windows) pour que des paquets tardifs ne soient pas pris pour une nouvelle connexion. &lt;b&gt;CLOSE_WAIT&lt;/b&gt; : le pair a fermé, le programme pas encore ; beaucoup d&apos;entre elles signalent un programme qui perd ses connexions. &lt;b&gt;BOUND&lt;/b&gt; : un socket UDP, ou un socket TCP lié qui n&apos;écoute pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thousands of TIME_WAIT rows from one process to one remote endpoint are the usual cause of running out of ephemeral ports: the Exhaustion dock counts them by owner.</source>
        <translation>Des milliers de lignes TIME_WAIT d&apos;un même processus vers une même destination sont la cause habituelle de l&apos;épuisement des ports éphémères : le panneau Épuisement les compte par propriétaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic ranges</source>
        <translation>Plages dynamiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing connections and unbound UDP sockets get a port from the dynamic (ephemeral) range. Windows Vista and Server 2008 and later use 49152–65535 (%1); Windows Server 2003 used 1025–5000 unless MaxUserPort raised it (%2); Linux uses net.ipv4.ip_local_port_range, 32768–60999 by default (%3).</source>
        <translation>Les connexions sortantes et les sockets UDP non liés reçoivent un port de la plage dynamique (éphémère). Windows Vista, Server 2008 et les versions suivantes utilisent 49152–65535 (%1) ; Windows Server 2003 utilisait 1025–5000 sauf si MaxUserPort l&apos;élargissait (%2) ; Linux utilise net.ipv4.ip_local_port_range, 32768–60999 par défaut (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The histogram shades the machine&apos;s real dynamic range, and the reserved or excluded ranges inside it. A service whose fixed port lies inside the dynamic range can lose it to any program at any time.</source>
        <translation>L&apos;histogramme ombre la plage dynamique réelle de la machine et les plages réservées ou exclues qu&apos;elle contient. Un service dont le port fixe se trouve dans la plage dynamique peut le perdre à tout moment au profit de n&apos;importe quel programme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Socket pools</source>
        <translation>Pools de sockets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since MS08-037 the Windows DNS server opens a pool of 2,500 UDP sockets on random ports at start (%1). When one of them lands on a port another service needs — RADIUS 1645/1646 and 1812/1813, L2TP 1701, IPsec NAT-T 4500, ActiveSync 2883, the cluster service&apos;s 3343 — that service cannot start (%2). Portolan labels such a pool in every view and in the histogram&apos;s legend.</source>
        <translation>Depuis MS08-037, le serveur DNS de Windows ouvre au démarrage un pool de 2 500 sockets UDP sur des ports aléatoires (%1). Quand l&apos;un d&apos;eux tombe sur un port dont un autre service a besoin — RADIUS 1645/1646 et 1812/1813, L2TP 1701, IPsec NAT-T 4500, ActiveSync 2883, le 3343 du service de cluster —, ce service ne peut pas démarrer (%2). Portolan signale un tel pool dans chaque vue et dans la légende de l&apos;histogramme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts and fixes</source>
        <translation>Conflits et corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Conflicts dock lists known-service ports (%1) held by another process, ports at risk inside the dynamic or socket-pool range, and blocked ephemeral ports. Selecting a finding selects its rows.</source>
        <translation>Le panneau Conflits liste les ports de services connus (%1) occupés par un autre processus, les ports menacés dans la plage dynamique ou celle d&apos;un pool de sockets, et les ports éphémères bloqués. Sélectionner un constat sélectionne ses lignes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix… shows every change before it is made: ReservedPorts (%1), the DNS server&apos;s SocketPoolExcludedPortRanges or SocketPoolSize (%2), a persistent excluded port range, or on Linux net.ipv4.ip_local_reserved_ports; and which services must restart. Apply asks for administrator rights, saves the previous values first, and Undo last fix puts them back.</source>
        <translation>Corriger… montre chaque modification avant qu&apos;elle soit faite : ReservedPorts (%1), SocketPoolExcludedPortRanges ou SocketPoolSize du serveur DNS (%2), une plage de ports exclue persistante, ou sous Linux net.ipv4.ip_local_reserved_ports ; et quels services doivent redémarrer. Appliquer demande les droits d&apos;administrateur, sauvegarde d&apos;abord les valeurs précédentes, et Annuler la dernière correction les rétablit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Captures and the stale marker</source>
        <translation>Captures et marque « Obsolète »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A capture opened from another machine is read-only: its title names the file, the machine and the time, and the actions on processes and connections are disabled. Lines that could not be read are listed with their file and line.</source>
        <translation>Une capture ouverte depuis une autre machine est en lecture seule : son titre indique le fichier, la machine et l&apos;heure, et les actions sur les processus et les connexions sont désactivées. Les lignes illisibles sont listées avec leur fichier et leur numéro de ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When no snapshot can be taken (the kernel&apos;s tables cannot be read), the live view keeps the last rows it had and an amber Stale marker in the status bar says since when; it clears by itself when snapshots work again.</source>
        <translation>Quand aucun instantané ne peut être pris (les tables du noyau sont illisibles), la vue en direct garde ses dernières lignes et une marque ambre « Obsolète » dans la barre d&apos;état indique depuis quand ; elle disparaît d&apos;elle-même dès que les instantanés fonctionnent à nouveau.</translation>
    </message>
</context>
<context>
    <name>portolan::RowActions</name>
    <message>
        <location filename="../app/row_actions.cpp" line="+139"/>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lose connection</source>
        <translation>&amp;Fermer la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the selected TCP connections (the peer sees a reset)</source>
        <translation>Réinitialiser les connexions TCP sélectionnées (le pair reçoit un reset)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End process…</source>
        <translation>Termin&amp;er le processus…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open file location</source>
        <translation>&amp;Ouvrir l’emplacement du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roperties…</source>
        <translation>P&amp;ropriétés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as C&amp;SV</source>
        <translation>Copier en C&amp;SV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look &amp;up remote address</source>
        <translation>Rec&amp;hercher l’adresse distante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse DNS of the remote address (asynchronous; the answer shows in the status bar)</source>
        <translation>DNS inverse de l’adresse distante (asynchrone ; la réponse s’affiche dans la barre d’état)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Whois…</source>
        <translation>&amp;Whois…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the whois registries who holds the remote address (asynchronous; the answer shows in a window)</source>
        <translation>Demander aux registres whois qui détient l&apos;adresse distante (asynchrone&#xa0;; la réponse s&apos;affiche dans une fenêtre)</translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <location line="+11"/>
        <source>Closed %n connection(s)</source>
        <translation>
            <numerusform>%n connexion fermée</numerusform>
            <numerusform>%n connexions fermées</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+5"/>
        <source>Close connection</source>
        <translation>Fermer la connexion</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n connection(s) could not be closed.</source>
        <translation>
            <numerusform>%n connexion n’a pas pu être fermée.</numerusform>
            <numerusform>%n connexions n’ont pas pu être fermées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+42"/>
        <location line="+4"/>
        <source>End process</source>
        <translation>Terminer le processus</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1 (PID %2) is no longer running.</source>
        <translation>%1 (PID %2) ne s’exécute plus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>End %1 (PID %2)?</source>
        <translation>Terminer %1 (PID %2) ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Path: %1</source>
        <translation>Chemin : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: %1</source>
        <translation>Services : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
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
            <numerusform>Il détient %n point de terminaison, qui sera fermé avec lui.</numerusform>
            <numerusform>Il détient %n points de terminaison, qui seront fermés avec lui.</numerusform>
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
        <translation>Cette action nécessite des droits d’administrateur :
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portolan will run, asking for administrator rights:
%1</source>
        <translation>Portolan exécutera, en demandant des droits d’administrateur :
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: administrator rights were not requested.</source>
        <translation>Non exécuté : les droits d’administrateur n’ont pas été demandés.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (the capture does not say when that machine started)</source>
        <translation>%1 (la capture n’indique pas quand cette machine a démarré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+19"/>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no name (%2)</source>
        <translation>%1 n’a pas de nom (%2)</translation>
    </message>
</context>
<context>
    <name>portolan::RowFind</name>
    <message>
        <location filename="../app/row_find.cpp" line="+18"/>
        <source>&amp;Hide rows that do not match</source>
        <translation>&amp;Masquer les lignes non correspondantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation>Rechercher le su&amp;ivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On: the box filters the rows. Off: every row stays and the box finds; F3 and Shift+F3 step through the matches</source>
        <translation>Activé : la zone filtre les lignes. Désactivé : toutes les lignes restent et la zone recherche ; F3 et Maj+F3 parcourent les correspondances</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+14"/>
        <source>No row matches &quot;%1&quot;</source>
        <translation>Aucune ligne ne correspond à « %1 »</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Type what to find in the filter box (Ctrl+F), then F3 finds the next row</source>
        <translation>Tapez le texte à rechercher dans la zone de filtre (Ctrl+F), puis F3 trouve la ligne suivante</translation>
    </message>
</context>
<context>
    <name>portolan::SnapshotStatusBar</name>
    <message>
        <location filename="../widgets/snapshot_status_bar.cpp" line="+15"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint counts</source>
        <translation>Nombre de points de terminaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot timing</source>
        <translation>Durée de l&apos;instantané</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <comment>a status bar label&apos;s accessible name: its role, its text</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stale data</source>
        <translation>Données obsolètes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 endpoints (TCP %2, UDP %3) · %4 listening · %5 established · %6 TIME_WAIT · %7 processes</source>
        <translation>%1 points de terminaison (TCP %2, UDP %3) · %4 à l&apos;écoute · %5 établies · %6 en ATTENTE_TEMPS · %7 processus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · %1 shown</source>
        <translation> · %1 affichés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>snapshot %1 ms (%2)</source>
        <translation>instantané %1 ms (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Snapshots are slow: refreshing every %L1 s instead</source>
        <translation>Les instantanés sont lents&#xa0;: actualisation toutes les %L1 s à la place</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>⚠ %Ln conflict(s)</source>
        <translation>
            <numerusform>⚠ %Ln conflit</numerusform>
            <numerusform>⚠ %Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln constat</numerusform>
            <numerusform>%Ln constats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stale: showing data from %1</source>
        <translation>Obsolète : données de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale: no snapshot could be taken</source>
        <translation>Obsolète : aucun instantané n&apos;a pu être pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshing failed: %1</source>
        <translation>Échec de l&apos;actualisation : %1</translation>
    </message>
</context>
<context>
    <name>portolan::SnapshotWorker</name>
    <message>
        <location filename="../model/qt/snapshot_worker.cpp" line="+111"/>
        <source>Writing the recording failed; recording stopped.</source>
        <translation>L&apos;écriture de l&apos;enregistrement a échoué&#xa0;; l&apos;enregistrement est arrêté.</translation>
    </message>
</context>
<context>
    <name>portolan::SocketState</name>
    <message>
        <location filename="../model/qt/state_text.cpp" line="+18"/>
        <source>UNKNOWN</source>
        <comment>socket state as netstat shows it</comment>
        <translation>INCONNU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LISTEN</source>
        <comment>socket state as netstat shows it</comment>
        <translation>ÉCOUTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYN_SENT</source>
        <comment>socket state as netstat shows it</comment>
        <translation>SYN_ENVOYÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYN_RECEIVED</source>
        <comment>socket state as netstat shows it</comment>
        <translation>SYN_REÇU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESTABLISHED</source>
        <comment>socket state as netstat shows it</comment>
        <translation>ÉTABLIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIN_WAIT_1</source>
        <comment>socket state as netstat shows it</comment>
        <translation>FIN_ATTENTE_1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIN_WAIT_2</source>
        <comment>socket state as netstat shows it</comment>
        <translation>FIN_ATTENTE_2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOSE_WAIT</source>
        <comment>socket state as netstat shows it</comment>
        <translation>ATTENTE_FERMETURE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOSING</source>
        <comment>socket state as netstat shows it</comment>
        <translation>FERMETURE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST_ACK</source>
        <comment>socket state as netstat shows it</comment>
        <translation>DERNIER_ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME_WAIT</source>
        <comment>socket state as netstat shows it</comment>
        <translation>ATTENTE_TEMPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOSED</source>
        <comment>socket state as netstat shows it</comment>
        <translation>FERMÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELETE_TCB</source>
        <comment>socket state as netstat shows it</comment>
        <translation>SUPPRIMER_TCB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOUND</source>
        <comment>socket state as netstat shows it</comment>
        <translation>LIÉ</translation>
    </message>
</context>
<context>
    <name>portolan::ThresholdSettings</name>
    <message>
        <location filename="../app/threshold_settings.cpp" line="+93"/>
        <source>The owner share warning threshold</source>
        <translation>Le seuil d&apos;avertissement de la part d&apos;un propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner share critical threshold</source>
        <translation>Le seuil critique de la part d&apos;un propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free share warning threshold</source>
        <translation>Le seuil d&apos;avertissement de la part libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free share critical threshold</source>
        <translation>Le seuil critique de la part libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The socket pool minimum</source>
        <translation>Le minimum d&apos;un pool de sockets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The crowded host endpoint count</source>
        <translation>Le nombre de points de terminaison d&apos;un hôte très chargé</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The owner share warning threshold (%1) must be below the critical one (%2).</source>
        <translation>Le seuil d&apos;avertissement de la part d&apos;un propriétaire (%1) doit être inférieur au seuil critique (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The free share warning threshold (%1) must be above the critical one (%2): free ports run out through the warning first.</source>
        <translation>Le seuil d&apos;avertissement de la part libre (%1) doit être supérieur au seuil critique (%2)&#xa0;: quand les ports libres s&apos;épuisent, l&apos;avertissement doit venir en premier.</translation>
    </message>
</context>
<context>
    <name>portolan::ThresholdsDialog</name>
    <message>
        <location filename="../widgets/thresholds_dialog.cpp" line="+58"/>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dynamic port exhaustion</source>
        <translation>Épuisement des ports dynamiques</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One process holds more than (&amp;warning):</source>
        <translation>Un processus détient plus de (&amp;avertissement)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner share warning threshold</source>
        <translation>Seuil d&apos;avertissement de la part d&apos;un propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when one process, or the TIME_WAIT sockets, hold more than this share of the usable ports of a dynamic range. Default %1 %: Microsoft&apos;s port exhaustion guidance names one or two processes using 90-95 % of the dynamic range as the pattern; warning at half leaves time to act.</source>
        <translation>Avertir quand un processus, ou les sockets TIME_WAIT, détiennent plus que cette part des ports utilisables d&apos;une plage dynamique. Par défaut %1 %&#xa0;: les recommandations de Microsoft sur l&apos;épuisement des ports décrivent comme schéma type un ou deux processus utilisant 90-95 % de la plage dynamique&#xa0;; avertir à la moitié laisse le temps d&apos;agir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One process holds more than (&amp;critical):</source>
        <translation>Un processus détient plus de (&amp;critique)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner share critical threshold</source>
        <translation>Seuil critique de la part d&apos;un propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical when one process holds more than this share of the usable ports of a dynamic range. Default %1 %: the low end of the 90-95 % that Microsoft&apos;s port exhaustion guidance describes. Must be above the warning share.</source>
        <translation>Critique quand un processus détient plus que cette part des ports utilisables d&apos;une plage dynamique. Par défaut %1 %&#xa0;: le bas de la fourchette de 90-95 % décrite par les recommandations de Microsoft sur l&apos;épuisement des ports. Doit être supérieur à la part d&apos;avertissement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free ports below (w&amp;arning):</source>
        <translation>Ports libres en dessous de (a&amp;vertissement)&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free share warning threshold</source>
        <translation>Seuil d&apos;avertissement de la part libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when less than this share of the usable ports of a dynamic range is free, whoever holds them. Default %1 %.</source>
        <translation>Avertir quand moins que cette part des ports utilisables d&apos;une plage dynamique est libre, quel que soit le détenteur des ports. Par défaut %1 %.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free ports below (c&amp;ritical):</source>
        <translation>Ports libres en dessous de (c&amp;ritique)&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free share critical threshold</source>
        <translation>Seuil critique de la part libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical when less than this share of the usable ports of a dynamic range is free: new outbound connections are about to fail. Default %1 %. Must be below the warning share.</source>
        <translation>Critique quand moins que cette part des ports utilisables d&apos;une plage dynamique est libre&#xa0;: les nouvelles connexions sortantes vont bientôt échouer. Par défaut %1 %. Doit être inférieur à la part d&apos;avertissement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket pools and crowded hosts</source>
        <translation>Pools de sockets et hôtes très chargés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket pool: at least (UDP &amp;sockets):</source>
        <translation>Pool de sockets&#xa0;: au moins (&amp;sockets UDP)&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Socket pool minimum UDP sockets</source>
        <translation>Nombre minimal de sockets UDP d&apos;un pool de sockets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A process needs at least this many UDP sockets, spread at random over a wide range, to count as a socket pool (shown folded, as one line). Default %L1: an order of magnitude below the %L2-port socket pool a Windows DNS server binds since MS08-037 (KB 953230), well above what an ordinary service opens.</source>
        <translation>Un processus doit avoir au moins ce nombre de sockets UDP, répartis au hasard sur une large plage, pour compter comme un pool de sockets (affiché replié, sur une seule ligne). Par défaut %L1&#xa0;: un ordre de grandeur en dessous du pool de sockets de %L2 ports qu&apos;un serveur DNS Windows lie depuis MS08-037 (KB 953230), et bien au-dessus de ce qu&apos;ouvre un service ordinaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crowded host: more than (&amp;endpoints):</source>
        <translation>Hôte très chargé&#xa0;: plus de (&amp;points de terminaison)&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crowded host endpoint count</source>
        <translation>Nombre de points de terminaison d&apos;un hôte très chargé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above this many endpoints the host counts as crowded, and costly extras such as reverse DNS of every remote address are off by default. Default %L1.</source>
        <translation>Au-delà de ce nombre de points de terminaison, l&apos;hôte est considéré comme très chargé et les extras coûteux, comme le DNS inverse de chaque adresse distante, sont désactivés par défaut. Par défaut %L1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Threshold problems</source>
        <translation>Problèmes de seuils</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the default values in the inputs (nothing is stored before OK)</source>
        <translation>Mettre les valeurs par défaut dans les champs (rien n&apos;est enregistré avant OK)</translation>
    </message>
</context>
<context>
    <name>portolan::ViewExport</name>
    <message>
        <location filename="../model/qt/view_export.cpp" line="+58"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%L1 more rows not shown; export CSV for all of them.</source>
        <translation>%L1 lignes supplémentaires non affichées&#xa0;; exportez en CSV pour les avoir toutes.</translation>
    </message>
</context>
<context>
    <name>portolan::WhoisDialog</name>
    <message>
        <location filename="../widgets/whois_dialog.cpp" line="+31"/>
        <source>Whois status</source>
        <translation>État whois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whois summary</source>
        <translation>Résumé whois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers asked</source>
        <translation>Serveurs interrogés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whois %1</source>
        <translation>Whois %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whois answer</source>
        <translation>Réponse whois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the whois answer</source>
        <translation>Copier la réponse whois</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered by Portolan: %1</source>
        <translation>Réponse fournie par Portolan&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer cut at %L1 KiB</source>
        <translation>Réponse tronquée à %L1 Kio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No server asked</source>
        <translation>Aucun serveur interrogé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked: %1</source>
        <translation>Serveurs interrogés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>portolan::WhoisLookup</name>
    <message>
        <location filename="../model/qt/whois_lookup.cpp" line="+84"/>
        <location line="+24"/>
        <source>the unspecified address (no address yet)</source>
        <translation>l&apos;adresse non spécifiée (pas encore d&apos;adresse)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>a &quot;this network&quot; address (0.0.0.0/8)</source>
        <translation>une adresse «&#xa0;ce réseau&#xa0;» (0.0.0.0/8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a loopback address (127.0.0.0/8: this machine itself)</source>
        <translation>une adresse de bouclage (127.0.0.0/8&#xa0;: cette machine elle-même)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a private address (RFC 1918: 10.0.0.0/8)</source>
        <translation>une adresse privée (RFC 1918&#xa0;: 10.0.0.0/8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a private address (RFC 1918: 172.16.0.0/12)</source>
        <translation>une adresse privée (RFC 1918&#xa0;: 172.16.0.0/12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a private address (RFC 1918: 192.168.0.0/16)</source>
        <translation>une adresse privée (RFC 1918&#xa0;: 192.168.0.0/16)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a carrier-grade NAT address (RFC 6598: 100.64.0.0/10, shared inside a provider)</source>
        <translation>une adresse NAT de classe opérateur (RFC 6598&#xa0;: 100.64.0.0/10, partagée au sein d&apos;un fournisseur d&apos;accès)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a link-local address (169.254.0.0/16: valid on one network segment only)</source>
        <translation>une adresse de liaison locale (169.254.0.0/16&#xa0;: valable sur un seul segment de réseau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 5737: 192.0.2.0/24)</source>
        <translation>une adresse de documentation (RFC 5737&#xa0;: 192.0.2.0/24)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 5737: 198.51.100.0/24)</source>
        <translation>une adresse de documentation (RFC 5737&#xa0;: 198.51.100.0/24)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 5737: 203.0.113.0/24)</source>
        <translation>une adresse de documentation (RFC 5737&#xa0;: 203.0.113.0/24)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a benchmarking address (RFC 2544: 198.18.0.0/15)</source>
        <translation>une adresse de test de performances (RFC 2544&#xa0;: 198.18.0.0/15)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a multicast address (224.0.0.0/4: a group, not a host)</source>
        <translation>une adresse de multidiffusion (224.0.0.0/4&#xa0;: un groupe, pas un hôte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the broadcast address</source>
        <translation>l&apos;adresse de diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reserved address (240.0.0.0/4)</source>
        <translation>une adresse réservée (240.0.0.0/4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loopback address (::1: this machine itself)</source>
        <translation>l&apos;adresse de bouclage (::1&#xa0;: cette machine elle-même)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link-local address (fe80::/10: valid on one network segment only)</source>
        <translation>une adresse de liaison locale (fe80::/10&#xa0;: valable sur un seul segment de réseau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a site-local address (fec0::/10, deprecated by RFC 3879)</source>
        <translation>une adresse de site local (fec0::/10, rendue obsolète par la RFC 3879)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a unique local address (RFC 4193: fc00::/7, IPv6&apos;s private range)</source>
        <translation>une adresse locale unique (RFC 4193&#xa0;: fc00::/7, la plage privée d&apos;IPv6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a multicast address (ff00::/8: a group, not a host)</source>
        <translation>une adresse de multidiffusion (ff00::/8&#xa0;: un groupe, pas un hôte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 3849: 2001:db8::/32)</source>
        <translation>une adresse de documentation (RFC 3849&#xa0;: 2001:db8::/32)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a documentation address (RFC 9637: 3fff::/20)</source>
        <translation>une adresse de documentation (RFC 9637&#xa0;: 3fff::/20)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n&apos;a pas répondu dans un délai de %2&#xa0;s.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not an IP address.</source>
        <translation>%1 n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is %2.

The whois registries hold only public addresses, so Portolan answered this itself, without asking any server.</source>
        <translation>%1 est %2.

Les registres whois ne contiennent que des adresses publiques&#xa0;; Portolan a donc répondu lui-même, sans interroger aucun serveur.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot ask %1: %2</source>
        <translation>Impossible d&apos;interroger %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 a fermé la connexion sans répondre.</translation>
    </message>
</context>
</TS>
