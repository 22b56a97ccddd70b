using System;
using System.Linq;

class Program {
    static void Main() {
        var v = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
        int n = (int)v[0];
        Console.WriteLine("redline smoke: n=" + n + " sum=" + v.Skip(1).Take(n).Sum());
    }
}
