#!/usr/bin/env python3
"""The NumPy reference for TrainingBenchmark: the same network, data, batches and figures.

Fashion-MNIST (all 60,000 training / 10,000 test pictures from Debian's dataset-fashion-mnist),
784-128-10, ReLU, softmax + categorical cross-entropy, plain SGD (learning rate 0.1), batches of 64
from a permutation of the indices each epoch, Glorot-uniform weights, zero biases, float64.
Or the 8 x 8 digits (64-32-10) from the copy Weightlab ships, split 80/20.

GFLOP/s counts what TrainingBenchmark counts: 2 flops per multiply-add of the forward product and the
weight gradient of every layer, and of the input gradient of every layer but the bottom one.

    python3 bench/numpy_mlp.py [fashion|digits] [epochs] [seed]
    python3 bench/numpy_mlp.py gemm      the products of one step, as GemmBenchmark

Uses the BLAS NumPy is linked to (on Debian: libblas.so.3, OpenBLAS after apt-get install
libopenblas0-serial). One thread with the serial OpenBLAS; set OPENBLAS_NUM_THREADS for a threaded one.
"""
import gzip
import os
import resource
import sys
import time

import numpy as np

FASHION = "/usr/share/datasets/fashion-mnist"
DIGITS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "digits", "digits.csv.gz")
BATCH = 64
LEARNING_RATE = 0.1


def idx(path, offset):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def fashion():
    def part(prefix):
        x = idx(f"{FASHION}/{prefix}-images-idx3-ubyte.gz", 16).reshape(-1, 784).astype(np.float64) / 255.0
        labels = idx(f"{FASHION}/{prefix}-labels-idx1-ubyte.gz", 8)
        return x, np.eye(10)[labels]
    return part("train") + part("t10k")


def digits(seed):
    table = np.loadtxt(DIGITS, delimiter=",")
    x, y = table[:, :64] / 16.0, np.eye(10)[table[:, 64].astype(int)]
    order = np.random.default_rng(seed).permutation(len(x))
    held = round(len(x) * 0.2)
    return x[order[held:]], y[order[held:]], x[order[:held]], y[order[:held]]


def median(values):
    """The median of the later epochs, as TrainingBenchmark: the first ones may still be warming up."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def glorot(rng, fan_in, fan_out):
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=(fan_in, fan_out))


def gemm():
    """The products of GemmBenchmark, timed the same way: median of 7 timings of at least 0.2 s."""
    rng = np.random.default_rng(1)
    for batch, inputs, units in [(64, 784, 128), (64, 128, 10), (64, 64, 32), (64, 32, 10)]:
        x, w, delta = (rng.uniform(-1, 1, size=s) for s in [(batch, inputs), (inputs, units), (batch, units)])
        z, grad_w, grad_x = np.empty((batch, units)), np.zeros((inputs, units)), np.empty((batch, inputs))

        def add_gradient():
            np.add(grad_w, x.T @ delta, out=grad_w)  # ∂L/∂W += xᵀ·δ, as Matrix.transposeMultiplyAddInto

        for name, product in [(f"forward  x·W   {batch}x{inputs}·{inputs}x{units}", lambda: np.matmul(x, w, out=z)),
                              (f"gradient xᵀ·δ  {inputs}x{batch}·{batch}x{units}", add_gradient),
                              (f"input    δ·Wᵀ  {batch}x{units}·{units}x{inputs}", lambda: np.matmul(delta, w.T, out=grad_x))]:
            end = time.perf_counter() + 1
            while time.perf_counter() < end:
                product()
            timings = []
            for _ in range(7):
                runs, start = 0, time.perf_counter()
                while time.perf_counter() - start < 0.2:
                    product()
                    runs += 1
                timings.append((time.perf_counter() - start) / runs)
            median = sorted(timings)[3]
            print(f"GEMM {name:32s} {median * 1e6:9.1f} µs {2 * batch * inputs * units / median / 1e9:7.2f} GFLOP/s")


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "fashion"
    if data == "gemm":
        gemm()
        return
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 42
    x, y, x_test, y_test = digits(seed) if data == "digits" else fashion()
    n, inputs = x.shape
    outputs = y.shape[1]
    hidden = 32 if data == "digits" else 128
    flops_per_example = 2 * 2 * (inputs * hidden + hidden * outputs) + 2 * hidden * outputs
    rng = np.random.default_rng(seed)
    w1, b1 = glorot(rng, inputs, hidden), np.zeros(hidden)
    w2, b2 = glorot(rng, hidden, outputs), np.zeros(outputs)
    print(f"{data} {inputs}-{hidden}-{outputs}, {n:,} training / {len(x_test):,} test examples, "
          f"batch {BATCH}, SGD {LEARNING_RATE:.2f}, seed {seed}, numpy {np.__version__}")

    def predict(xs):
        a1 = np.maximum(xs @ w1 + b1, 0)
        return a1 @ w2 + b2

    seconds, cpu_seconds = [], []
    for epoch in range(epochs):
        start, cpu_start = time.perf_counter(), time.process_time()
        order = rng.permutation(n)  # shuffle indices, not data
        loss_sum = 0.0
        for first in range(0, n, BATCH):
            batch = order[first:first + BATCH]
            xb, yb = x[batch], y[batch]
            m = len(batch)
            z1 = xb @ w1 + b1
            a1 = np.maximum(z1, 0)
            z2 = a1 @ w2 + b2
            z2 -= z2.max(axis=1, keepdims=True)
            e = np.exp(z2)
            p = e / e.sum(axis=1, keepdims=True)
            loss_sum += -np.sum(yb * np.log(np.maximum(p, 1e-300)))
            delta2 = (p - yb) / m                      # dL/dz2, softmax + cross-entropy fused
            grad_w2 = a1.T @ delta2
            grad_b2 = delta2.sum(axis=0)
            delta1 = (delta2 @ w2.T) * (z1 > 0)        # dL/dz1
            grad_w1 = xb.T @ delta1                    # the bottom layer needs no dL/dx
            grad_b1 = delta1.sum(axis=0)
            w1 -= LEARNING_RATE * grad_w1
            b1 -= LEARNING_RATE * grad_b1
            w2 -= LEARNING_RATE * grad_w2
            b2 -= LEARNING_RATE * grad_b2
        s, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        seconds.append(s)
        cpu_seconds.append(cpu)
        correct = sum(int(np.sum(predict(x_test[i:i + 1000]).argmax(1) == y_test[i:i + 1000].argmax(1)))
                      for i in range(0, len(x_test), 1000))
        accuracy = correct / len(x_test)
        print(f"epoch {epoch + 1:2d}: {s:7.3f} s (CPU {cpu:6.3f} s)  {n / s:9,.0f} examples/s  {flops_per_example * n / s / 1e9:6.2f} GFLOP/s"
              f"  loss {loss_sum / n:.4f}  test accuracy {accuracy:.4f}")
    later_cpu = cpu_seconds[len(cpu_seconds) // 2:]
    typical, typical_cpu = median(seconds[len(seconds) // 2:]), sum(later_cpu) / len(later_cpu)  # as TrainingBenchmark
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory {peak_mib:.0f} MiB (the whole process)")
    print(f"RESULT data={data} kernel=numpy threads={os.environ.get('OPENBLAS_NUM_THREADS', '1')} epochs={epochs} "
          f"epoch_s={typical:.3f} epoch_cpu_s={typical_cpu:.3f} examples_per_s={n / typical:.0f} gflops={flops_per_example * n / typical / 1e9:.2f} "
          f"test_accuracy={accuracy:.4f} peak_rss_mib={peak_mib:.0f}")


if __name__ == "__main__":
    main()
