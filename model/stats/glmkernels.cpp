#include "glmkernels.h"

namespace stormcrew::kernels {

namespace {

// Four doubles in one register where the CPU has them (GCC's vector extension; the default
// clone splits them into SSE2 pairs).
using Lanes = double __attribute__((vector_size(32)));

// a . b, in two independent sums of four lanes so that the multiply-adds overlap.
[[gnu::always_inline]] inline double dot(const double *a, const double *b, std::ptrdiff_t rows)
{
    Lanes sum0 = {0, 0, 0, 0};
    Lanes sum1 = {0, 0, 0, 0};
    std::ptrdiff_t i = 0;
    for (; i + 8 <= rows; i += 8) {
        Lanes a0, a1, b0, b1; // unaligned loads
        __builtin_memcpy(&a0, a + i, sizeof a0);
        __builtin_memcpy(&a1, a + i + 4, sizeof a1);
        __builtin_memcpy(&b0, b + i, sizeof b0);
        __builtin_memcpy(&b1, b + i + 4, sizeof b1);
        sum0 += a0 * b0;
        sum1 += a1 * b1;
    }
    sum0 += sum1;
    double total = sum0[0] + sum0[1] + sum0[2] + sum0[3];
    for (; i < rows; ++i)
        total += a[i] * b[i];
    return total;
}

} // namespace

__attribute__((target_clones("arch=x86-64-v3", "default"))) void
linearPredictor(const double *x, std::ptrdiff_t stride, std::ptrdiff_t rows, std::ptrdiff_t cols,
                const double *beta, const double *offset, double *eta)
{
    for (std::ptrdiff_t i = 0; i < rows; ++i)
        eta[i] = offset ? offset[i] : 0.0;
    for (std::ptrdiff_t j = 0; j < cols; ++j) {
        const double *column = x + j * stride;
        const double b = beta[j];
        if (b == 0)
            continue; // aliased columns, and the start
        for (std::ptrdiff_t i = 0; i < rows; ++i)
            eta[i] += b * column[i];
    }
}

// Dot products of columns still in the L1 cache cost little; the block is read from memory once.
__attribute__((target_clones("arch=x86-64-v3", "default"))) void
accumulate(const double *x, std::ptrdiff_t stride, std::ptrdiff_t rows, std::ptrdiff_t cols,
           const double *w, const double *const *vectors, int vectorCount, double *weighted,
           double *lower, double *products)
{
    for (std::ptrdiff_t j = 0; j < cols; ++j) {
        const double *column = x + j * stride;
        double *target = weighted + j * rows;
        for (std::ptrdiff_t i = 0; i < rows; ++i)
            target[i] = w[i] * column[i];
    }
    for (std::ptrdiff_t j = 0; j < cols; ++j) {
        const double *a = weighted + j * rows;
        for (std::ptrdiff_t k = 0; k <= j; ++k)
            lower[k * cols + j] += dot(a, x + k * stride, rows);
    }
    for (int v = 0; v < vectorCount; ++v) {
        for (std::ptrdiff_t k = 0; k < cols; ++k)
            products[v * cols + k] += dot(vectors[v], x + k * stride, rows);
    }
}

} // namespace stormcrew::kernels
