; Inno Setup 6 recipe for a Windows installer (issue #13). Build the GUI natively and run windeployqt first
; (tests/windows/README.md, "Building the GUI on Windows"), so that build\deploy holds portolan.exe,
; portolan-cli.exe and the Qt DLLs and plugins windeployqt copied beside them; then:
;
;     iscc /DSourceDir=build\deploy /DAppVersion=0.1.0 resources\windows\portolan.iss
;
; The installer is per-machine (it writes Program Files), adds Start-menu shortcuts and an uninstaller. Portolan
; itself runs asInvoker (resources/windows/portolan.exe.manifest) and elevates only the fix it applies.
#ifndef SourceDir
  #define SourceDir "build\deploy"
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1C8E55-5B1B-4A55-9D0E-8F6B1D2A7C41}
AppName=Portolan
AppVersion={#AppVersion}
AppPublisher=Portolan
DefaultDirName={autopf}\Portolan
DefaultGroupName=Portolan
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=portolan-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={app}\portolan.exe

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Portolan"; Filename: "{app}\portolan.exe"
Name: "{group}\Uninstall Portolan"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\portolan.exe"; Description: "Start Portolan"; Flags: nowait postinstall skipifsilent
