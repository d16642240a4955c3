; Inno Setup script: a per-user install of DASS Desktop, no administrator rights needed.
;
; Build the bundle first (python packaging\build.py), then, with Inno Setup 6:
;   iscc packaging\windows\dass-desktop.iss                 (or /DAppVersion=x.y.z)
; It writes dist\dass-desktop-VERSION-setup.exe.
;
; Installs to %LOCALAPPDATA%\Programs\DASS Desktop, adds a Start menu entry and an
; uninstaller (Settings > Apps). Silent install for IT, no questions, no restart:
;   dass-desktop-VERSION-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="%TEMP%\dass-desktop-setup.log"
; and silent removal:
;   "%LOCALAPPDATA%\Programs\DASS Desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Uninstalling leaves the director's data (%LOCALAPPDATA%\DASS Desktop) where it is.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "DASS Desktop"
#define AppExe "dass-desktop.exe"

[Setup]
; The AppId identifies the app to Windows across versions: never change it.
AppId={{6E0C2B7A-3F4D-4C55-9A61-2D8E7B1F4C90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=DASS Desktop team
; Per user: no UAC prompt, {autopf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\app.ico
OutputDir=..\..\dist
OutputBaseFilename=dass-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An upgrade closes a running copy first (its data is saved as it is typed).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Put a shortcut on the desktop"; Flags: unchecked

[Files]
Source: "..\..\dist\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "A workbook for a new Director of Adult Social Services"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "Open {#AppName} now"; Flags: nowait postinstall skipifsilent
