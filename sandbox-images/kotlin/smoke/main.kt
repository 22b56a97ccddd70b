fun main() {
    val data = generateSequence(::readLine).joinToString(" ").split(" ").filter { it.isNotEmpty() }.map { it.toLong() }
    val n = data[0].toInt()
    println("redline smoke: n=$n sum=${data.drop(1).take(n).sum()}")
}
