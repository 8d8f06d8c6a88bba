# Build the Windows bundle and installer. Run from a "Developer PowerShell" with Python 3.11
# and Inno Setup 6 (iscc.exe on PATH). Optional signing: set SIGN_CERT_THUMBPRINT (the
# Authenticode certificate's SHA-1 thumbprint in the machine or user store) and optionally
# SIGN_TIMESTAMP_URL (default http://timestamp.digicert.com).
#   powershell -ExecutionPolicy Bypass -File installer\windows\build_windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

python -m venv build\bundle-venv
$py = "build\bundle-venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q . pyinstaller
& $py scripts\build_translations.py
& $py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\workstation.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$version = & $py -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
$env:QT_QPA_PLATFORM = "offscreen"
& dist\workstation\workstation-debug.exe --version
& dist\workstation\workstation-debug.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test of the bundle failed" }

$iscc = @("/DAppVersion=$version", "/DSourceDir=..\..\dist\workstation")
if ($env:SIGN_CERT_THUMBPRINT) {
  $ts = if ($env:SIGN_TIMESTAMP_URL) { $env:SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
  $sign = "signtool.exe sign /fd sha256 /tr $ts /td sha256 /sha1 $env:SIGN_CERT_THUMBPRINT `$f"
  # Sign the bundle's own executables first; iscc signs setup and uninstaller via SignTool.
  Get-ChildItem dist\workstation\*.exe | ForEach-Object {
    & signtool.exe sign /fd sha256 /tr $ts /td sha256 /sha1 $env:SIGN_CERT_THUMBPRINT $_.FullName
    if ($LASTEXITCODE -ne 0) { throw "signing $($_.Name) failed" }
  }
  $iscc += @("/DSign", "/Ssigntool=$sign")
}
& iscc.exe @iscc installer\windows\workstation.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "installer: dist\LoanOfficerWorkstation-$version-setup.exe"
