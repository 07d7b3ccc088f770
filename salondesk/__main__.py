from salondesk.cli import main

raise SystemExit(main())
