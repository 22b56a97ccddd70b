<?php
$v = array_map('intval', preg_split('/\s+/', trim(stream_get_contents(STDIN))));
$n = $v[0];
echo "redline smoke: n=$n sum=" . array_sum(array_slice($v, 1, $n)) . "\n";
