// Only /box is writable: exits 1 when /etc can be written or /box cannot.
using System;
using System.IO;

class Program {
    static int Main() {
        bool escaped = true;
        try { File.WriteAllText("/etc/escape", "x"); } catch (Exception) { escaped = false; }
        File.WriteAllText("/box/ok", "x");
        if (escaped) { Console.WriteLine("could write /etc/escape"); return 1; }
        return 0;
    }
}
