// Kotlin's other entry point: an object's @JvmStatic main, in a file of any name.
object Solution {
    @JvmStatic
    fun main(args: Array<String>) {
        println("ok")
    }
}
