#!/bin/bash
# The demo's first start, timed (docs/performance.md, "The demo's first start").
# usage: docs/demo-first-start.sh JAR PORT [extra serve args]   (WAITALL=1: also wait for the history)
# prints wall seconds (and the JVM's CPU seconds) to: first HTTP answer, the login page, the queue page after login
# (200, not the "preparing" page), the queue's REST answer; then the load average.
JAR=$1; PORT=$2; shift 2
DATA=$(mktemp -d /tmp/backstop-first-start.XXXX)
T0=$(date +%s.%N)
java -jar "$JAR" serve --port $PORT --data $DATA "$@" > $DATA.out 2>&1 &
PID=$!
TCK=$(getconf CLK_TCK)
el() { printf "%.1f s wall, %.1f s CPU" "$(echo "$(date +%s.%N) - $T0" | bc)" "$(awk -v t=$TCK '{print ($14+$15)/t}' /proc/$PID/stat)"; }
first=""
while true; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 http://127.0.0.1:$PORT/)
  if [ "$code" != "000" ] && [ -z "$first" ]; then first=1; echo "first answer ($code): $(el)"; fi
  if [ "$code" = "200" ] && curl -s --max-time 5 http://127.0.0.1:$PORT/ | grep -q 'name="password"'; then echo "login page: $(el)"; break; fi
  sleep 0.1
done
C=$DATA.cookies
curl -s -c $C -o /dev/null -d 'user=operator&password=operator' http://127.0.0.1:$PORT/login
while true; do
  code=$(curl -s -b $C -o $DATA.queue.html -w '%{http_code}' --max-time 30 http://127.0.0.1:$PORT/plugins/servlet/backstop/queue)
  [ "$code" = "200" ] && { echo "queue page: $(el)"; break; }
  sleep ${QUEUE_POLL:-1}  # a browser on the preparing page reloads every 2 s (Refresh: 2)
done
code=$(curl -s -u operator:operator -o $DATA.queue.json -w '%{http_code}' --max-time 30 http://127.0.0.1:$PORT/rest/backstop/1.0/queue)
echo "queue REST ($code, $(grep -o '"issue"' $DATA.queue.json | wc -l) waiting): $(el)"
while [ -n "$WAITALL" ] && ! grep -q "the demo is complete" $DATA.out; do sleep 0.2; done
[ -n "$WAITALL" ] && echo "history complete: $(el)"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
kill $PID; wait $PID 2>/dev/null
grep -q "stopping failed" $DATA.out && echo "(stop: $(grep "stopping failed" $DATA.out))"
rm -rf $DATA $DATA.*
