// The class with main may have any name (the sandbox stores every Java source as Main.java), and
// its main may declare exceptions.
public class Ok {
    public static void main(String[] args) throws Exception {
        Helper.greet();
    }
}

class Helper {
    static void greet() {
        System.out.println("ok");
    }
}
