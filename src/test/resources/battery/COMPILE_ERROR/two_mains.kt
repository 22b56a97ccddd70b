// A top-level main (MainKt) and an object's @JvmStatic main: the compile error names both.
fun main() {
}

object Other {
    @JvmStatic
    fun main(args: Array<String>) {
    }
}
