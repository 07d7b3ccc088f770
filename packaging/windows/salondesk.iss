; Inno Setup script: SalonDesk installer for Windows (per user, no administrator rights).
;
; Build on Windows after `pyinstaller --noconfirm packaging\salondesk.spec` made dist\SalonDesk:
;   iscc /DAppVersion=0.1.0 packaging\windows\salondesk.iss
; Output: dist\SalonDesk-0.1.0-setup.exe. packaging/windows/build.yml does both on a hosted
; Windows runner. It has NOT been run by the project yet (no Windows machine here).
;
; Data is never inside the install folder: it lives in %LOCALAPPDATA%\SalonDesk (database,
; backups, logs), so uninstalling or updating leaves it in place.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1E7B52-3B7E-4C8F-9E55-5A1D0C2F9A11}
AppName=SalonDesk
AppVersion={#AppVersion}
AppPublisher=SalonDesk
DefaultDirName={localappdata}\Programs\SalonDesk
DefaultGroupName=SalonDesk
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=SalonDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\salondesk.ico
UninstallDisplayIcon={app}\SalonDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\SalonDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\SalonDesk"; Filename: "{app}\SalonDesk.exe"
Name: "{group}\{cm:UninstallProgram,SalonDesk}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\SalonDesk"; Filename: "{app}\SalonDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\SalonDesk.exe"; Description: "{cm:LaunchProgram,SalonDesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder on purpose: a salon's records outlive the program.
