// Only /box is writable: exits 1 when /etc can be written or /box cannot.
const fs = require('fs');
let escaped = true;
try { fs.writeFileSync('/etc/escape', 'x'); } catch (e) { escaped = false; }
fs.writeFileSync('/box/ok', 'x');
if (escaped) { console.log('could write /etc/escape'); process.exit(1); }
