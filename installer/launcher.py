"""One frozen entry point for the three executables of the bundle.

PyInstaller analyses this script once; `workstation`, `workstation-debug` and
`workstation-admin` are copies of the same program that dispatch on their own name,
so the bundle carries one set of libraries instead of three.
"""

import sys
from pathlib import Path


def main() -> int:
    name = Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0]).stem
    if name.lower().endswith("admin"):
        from workstation.cli import main as admin_main

        return admin_main()
    from workstation.app import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
