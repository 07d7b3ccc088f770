#!/bin/bash
# The real `salondesk` window under Xvfb for SECONDS_TO_RUN (default one hour) on the Reception
# tab with 30 walk-ins waiting, logged in through the PIN dialog with xdotool; RSS and CPU every
# minute; a screenshot at the start and the end. Needs Xvfb, xdotool and ImageMagick's `import`.
#
#     bash benchmarks/window_hour.sh OUT_DIR        (figures in OUT_DIR/hour.log)
#
# The salon's zone is set to America/New_York so that a run in the UTC evening falls inside the
# demo's opening hours (10:00-21:00): the queue is not closed after hours during the run.
set -u
OUT=${1:?output folder}
SECONDS_TO_RUN=${SECONDS_TO_RUN:-3600}
ZONE=${ZONE:-America/New_York}
DISPLAY_NO=${DISPLAY_NO:-87}
HERE=$(cd "$(dirname "$0")/.." && pwd)
DATA=$(mktemp -d /tmp/salondesk-hour-XXXXXX)
mkdir -p "$OUT"
export SALONDESK_DATA_DIR=$DATA SALONDESK_DB_URL="sqlite:///$DATA/salondesk.sqlite3"
"$HERE/.venv/bin/python" - "$SALONDESK_DB_URL" "$ZONE" <<'PY' || exit 1
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import uow_factory
from salondesk.demo import build_demo
from salondesk.domain.clock import SystemClock
from salondesk.domain.permissions import Role
from salondesk.services import reception
from salondesk.services import settings as settings_service
from salondesk.domain.permissions import Actor

url, zone = sys.argv[1], sys.argv[2]
engine = make_engine(url)
upgrade(engine)
summary = build_demo(engine, today=datetime.now(UTC).astimezone(ZoneInfo(zone)).date())
owner = next(login for login in summary.logins if login.role == Role.OWNER)
actor = Actor(owner.staff_id, owner.name, owner.role)
new_uow, clock = uow_factory(engine), SystemClock()
settings_service.update_settings(new_uow(), actor, clock, {"timezone": zone})
for i in range(30):
    # a note: at night the salon is closed, and a walk-in then needs a reason
    walk_in = reception.WalkIn(name=f"Walk-in {i + 1:02d}", phone=f"1390000{i:04d}", note="benchmark")
    reception.add_walk_in(new_uow(), actor, clock, walk_in)
print("demo salon with 30 waiting in", url)
PY
Xvfb ":$DISPLAY_NO" -screen 0 1280x720x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB=$!
sleep 2
export DISPLAY=":$DISPLAY_NO"
"$HERE/.venv/bin/salondesk" --lang en >"$OUT/app.out" 2>"$OUT/app.err" &
APP=$!
sleep 12
# the receptionist at the counter: Lily Zhang (PIN 3333). Picking her moves the focus to the PIN.
xdotool key shift+Tab; sleep 0.5; xdotool type --delay 150 Lily; sleep 1
xdotool type --delay 120 3333; xdotool key Return
sleep 8
import -window root "$OUT/hour-start.png"
START=$(date +%s)
echo "start $(date -u +%H:%M:%S) rss_kb $(ps -o rss= -p $APP)" | tee "$OUT/hour.log"
while [ $(( $(date +%s) - START )) -lt "$SECONDS_TO_RUN" ]; do
  sleep 60
  if ! kill -0 $APP 2>/dev/null; then echo "DIED at $(date -u +%H:%M:%S)" | tee -a "$OUT/hour.log"; break; fi
  xdotool mousemove $((300 + RANDOM % 600)) $((200 + RANDOM % 300))  # someone at the counter: no idle lock
  echo "$(date -u +%H:%M:%S) elapsed $(( $(date +%s) - START ))s rss_kb $(ps -o rss= -p $APP) cpu $(ps -o time= -p $APP)" >> "$OUT/hour.log"
done
import -window root "$OUT/hour-end.png"
kill -0 $APP 2>/dev/null && echo "ALIVE at end $(date -u +%H:%M:%S) rss_kb $(ps -o rss= -p $APP)" | tee -a "$OUT/hour.log"
kill $APP; wait $APP; echo "exit code $?" | tee -a "$OUT/hour.log"
kill $XVFB
