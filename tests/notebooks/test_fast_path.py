"""A notebook kernel trains on the fast path with no set-up of its own.

Notebooks 08 and later train for real; they never choose a product kernel. This starts a `java`
kernel exactly as the notebook tests do (through binder/start, so with Binder's JVM options), loads
the library with the standard first cell, and asks `Matrix.productKernel()` which kernel the products
use. binder/apt.txt installs OpenBLAS (libopenblas0-serial), so the answer must be the native one:
a missing package, a JVM option that hides it, or a binding that fails to load all show up here.
"""

import nbformat
from nbclient import NotebookClient

import notebook_check as nc


def test_a_fresh_kernel_multiplies_with_openblas():
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell(nc.FIRST_CELL),
            # A product large enough (64·784·128 multiply-adds) to leave the small-product Java path.
            nbformat.v4.new_code_cell(
                "Matrix.zeros(64, 784).multiply(Matrix.zeros(784, 128));\nMatrix.productKernel()"
            ),
        ]
    )
    NotebookClient(nb, kernel_name=nc.KERNEL_NAME, timeout=nc.CELL_TIMEOUT,
                   startup_timeout=nc.STARTUP_TIMEOUT).execute()
    outputs = nb.cells[1].outputs
    text = "".join(o.get("data", {}).get("text/plain", "") + o.get("text", "") for o in outputs)
    assert text.strip().startswith("native"), (
        "a fresh notebook kernel does not multiply with OpenBLAS; Matrix.productKernel() says:\n"
        + text
        + "\n(binder/apt.txt installs libopenblas0-serial; is it installed?)"
    )
