<?php
// Only /box is writable: exits 1 when /etc can be written or /box cannot.
$escaped = @file_put_contents("/etc/escape", "x") !== false;
if (file_put_contents("/box/ok", "x") === false) { echo "cannot write /box\n"; exit(1); }
if ($escaped) { echo "could write /etc/escape\n"; exit(1); }
