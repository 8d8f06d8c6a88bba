#!/usr/bin/env bash
# Build "Loan Officer Workstation.app" (PyInstaller BUNDLE), sign it with the hardened
# runtime, pack it into a .dmg, notarise and staple. Run on macOS 12+ with Python 3.11
# and the Xcode command-line tools.
#
# IT's identities come from the environment (nothing is stored in the repository):
#   MACOS_SIGN_IDENTITY    "Developer ID Application: <Company> (<TEAMID>)"; unset = unsigned
#                          test build (Gatekeeper will block it on other Macs)
#   MACOS_NOTARY_PROFILE   a keychain profile made once with
#                          `xcrun notarytool store-credentials <name> --apple-id … --team-id …`
#   or APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD (an app-specific password)
#   SKIP_NOTARISE=1        sign but do not notarise (internal test builds)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
APP_TITLE="Loan Officer Workstation"
APP="dist/$APP_TITLE.app"
ENTITLEMENTS="installer/macos/entitlements.plist"
VENV=build/bundle-venv
PYTHON=${PYTHON:-python3.11}

"$PYTHON" -m venv "$VENV"
PY="$ROOT/$VENV/bin/python"
"$PY" -m pip install -q --upgrade pip
"$PY" -m pip install -q . pyinstaller
"$PY" scripts/build_translations.py
VERSION=$("$PY" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
DMG="dist/LoanOfficerWorkstation-$VERSION.dmg"

echo "== PyInstaller (version $VERSION)"
rm -rf "$APP" dist/workstation
# The spec passes MACOS_SIGN_IDENTITY and the entitlements to PyInstaller, which signs
# every bundled binary from the inside out.
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  installer/workstation.spec

echo "== self-test of the app bundle"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/workstation-debug" --version
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/workstation-debug" --self-test

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "== codesign (hardened runtime)"
  codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
    --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "WARNING: MACOS_SIGN_IDENTITY is not set: building an unsigned test .dmg" >&2
fi

echo "== disk image"
STAGE=build/dmg-stage
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "$APP_TITLE $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
[ -n "${MACOS_SIGN_IDENTITY:-}" ] && codesign --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ "${SKIP_NOTARISE:-0}" != 1 ]; then
  echo "== notarisation (waits for Apple)"
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  else
    : "${APPLE_ID:?set MACOS_NOTARY_PROFILE or APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD}"
    xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
  fi
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
du -sh "$APP" "$DMG"
echo "disk image: $DMG"
