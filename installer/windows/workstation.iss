; Inno Setup 6 script: per-machine installer for the Loan Officer Workstation.
;
; Build (see installer/windows/build_windows.ps1, which passes these from pyproject.toml):
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\workstation installer\windows\workstation.iss
; Signing: add  /DSign "/Ssigntool=signtool.exe sign /fd sha256 /tr <timestamp-url> /td sha256 /sha1 <thumbprint> $f"
;
; Silent install with provisioning (all three, or none):
;   LoanOfficerWorkstation-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\lows-setup.log"
;       /SERVER=https://sync.example.cn /BRANCH=BJ001 /ENROLL=<one-time code>
; Uninstall keeps the user's data folder; /PURGE deletes it as well:
;   "C:\Program Files\Loan Officer Workstation\unins000.exe" /VERYSILENT /PURGE

#define AppName "Loan Officer Workstation"
#define AppPublisher "Lender"
#ifndef AppVersion
  #error AppVersion is not defined: build with installer\windows\build_windows.ps1
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\workstation"
#endif

[Setup]
; Never change AppId: upgrades find the installed copy by it.
AppId={{6D1C2E0B-5A7F-4B8E-9C11-3F2A9E7D4B60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=LoanOfficerWorkstation-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\workstation.exe
SetupLogging=yes
; The data folder is per user ({localappdata}); only /PURGE touches it, see deployment.md.
UsedUserAreasWarning=no
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale: no stale modules from the old version.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\workstation.exe"
Name: "{autoprograms}\{#AppName} (diagnostics console)"; Filename: "{app}\workstation-debug.exe"

[UninstallDelete]
Type: filesandordirs; Name: "{app}"

[Code]
const
  DataFolder = '{localappdata}\Lender\LoanOfficerWorkstation';

function ParamPresent(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

function Quoted(const Value: String): String;
begin
  Result := '"' + Value + '"';
end;

{ Runs `workstation-admin provision` as the user who started setup, so the settings
  land in that user's data folder. Done here and not in [Run] so the one-time
  enrolment code is never written to the setup log. }
procedure Provision();
var
  Server, Branch, Enroll, Params: String;
  ResultCode: Integer;
begin
  Server := ExpandConstant('{param:SERVER|}');
  Branch := ExpandConstant('{param:BRANCH|}');
  Enroll := ExpandConstant('{param:ENROLL|}');
  if (Server = '') and (Branch = '') and (Enroll = '') then
    exit;
  if (Server = '') or (Branch = '') or (Enroll = '') then
  begin
    Log('Provisioning skipped: /SERVER=, /BRANCH= and /ENROLL= must be given together.');
    SuppressibleMsgBox('Provisioning skipped: give /SERVER=, /BRANCH= and /ENROLL= together.',
      mbError, MB_OK, IDOK);
    exit;
  end;
  Params := 'provision --server ' + Quoted(Server) + ' --branch ' + Quoted(Branch)
    + ' --enroll ' + Quoted(Enroll);
  Log('Provisioning for branch ' + Branch + ' against ' + Server);
  if not ExecAsOriginalUser(ExpandConstant('{app}\workstation-admin.exe'), Params, '',
      SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
  begin
    Log(Format('Provisioning failed (exit code %d): run workstation-admin provision by hand.',
      [ResultCode]));
    SuppressibleMsgBox('The workstation was installed but could not be provisioned. '
      + 'Run "workstation-admin provision" (see docs/deployment.md).', mbError, MB_OK, IDOK);
  end
  else
    Log('Provisioning done.');
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    Provision();
end;

{ The data folder holds the encrypted database and its backups: kept unless /PURGE. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and ParamPresent('/PURGE') then
  begin
    Log('Purging the data folder ' + ExpandConstant(DataFolder));
    DelTree(ExpandConstant(DataFolder), True, True, True);
  end;
end;
