<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ts::Accounting</name>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>the same fp32 weights</source>
        <translation>同样的 fp32 权重</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>one fp32 gradient per weight, kept between steps</source>
        <translation>每个权重一个 fp32 梯度，在步与步之间保留</translation>
    </message>
    <message>
        <source>AdamW state</source>
        <translation>AdamW 状态</translation>
    </message>
    <message>
        <source>m and v as in the lecture, plus a 4-byte step counter per parameter tensor</source>
        <translation>与课程相同的 m 和 v，另加每个参数张量一个 4 字节的步数计数器</translation>
    </message>
    <message>
        <source>saved activations</source>
        <translation>保存的激活值</translation>
    </message>
    <message>
        <source>norm intermediates, SiLU(G), masks, scalars and int64 ids that autograd also saves</source>
        <translation>autograd 还会保存的归一化中间结果、SiLU(G)、掩码、标量和 int64 id</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>the lecture adds everything up; PyTorch frees saved tensors during backward but holds the logits and allocates gradients and temporaries, worst at the moment named</source>
        <translation>课程把所有项相加；PyTorch 在反向传播中释放保存的张量，但持有 logits 并分配梯度和临时张量，最坏情况出现在所列时刻</translation>
    </message>
    <message>
        <source>every matrix product of the lecture, the full c×c scores included</source>
        <translation>课程中的每个矩阵乘法，包括完整的 c×c 分数</translation>
    </message>
    <message>
        <source>dA = dY·Bᵀ and dB = Aᵀ·dY for every product; the embedding is a lookup in both</source>
        <translation>每个乘法都有 dA = dY·Bᵀ 和 dB = Aᵀ·dY；两者中嵌入都是查表</translation>
    </message>
    <message>
        <source>x.pow(2) and x / rms save the block input, as the lecture says</source>
        <translation>x.pow(2) 和 x / rms 保存块的输入，与课程所说一致</translation>
    </message>
    <message>
        <source>the W_Q, W_K, W_V products save their common input, one storage</source>
        <translation>W_Q、W_K、W_V 的乘法保存它们共同的输入，只存一份</translation>
    </message>
    <message>
        <source>bmm saves its operands; the head split makes Q and Kᵀ non-contiguous, so it keeps contiguous copies of the same size</source>
        <translation>bmm 保存其操作数；分头使 Q 和 Kᵀ 不连续，因此保存同样大小的连续副本</translation>
    </message>
    <message>
        <source>softmax saves its output, as the lecture says</source>
        <translation>softmax 保存其输出，与课程所说一致</translation>
    </message>
    <message>
        <source>bmm saves a contiguous copy of V, the same size</source>
        <translation>bmm 保存 V 的一个连续副本，大小相同</translation>
    </message>
    <message>
        <source>the W_O product saves its input</source>
        <translation>W_O 的乘法保存其输入</translation>
    </message>
    <message>
        <source>the second RMSNorm saves its input</source>
        <translation>第二个 RMSNorm 保存其输入</translation>
    </message>
    <message>
        <source>W1 and W3 save their common input, one storage</source>
        <translation>W1 和 W3 保存它们共同的输入，只存一份</translation>
    </message>
    <message>
        <source>SiLU saves its input G; the product SiLU(G)·V_ff saves V_ff</source>
        <translation>SiLU 保存其输入 G；乘积 SiLU(G)·V_ff 保存 V_ff</translation>
    </message>
    <message>
        <source>the W2 product saves its input</source>
        <translation>W2 的乘法保存其输入</translation>
    </message>
    <message>
        <source>the final RMSNorm saves its input</source>
        <translation>最后的 RMSNorm 保存其输入</translation>
    </message>
    <message>
        <source>the LM head product saves its input</source>
        <translation>LM 头的乘法保存其输入</translation>
    </message>
    <message>
        <source>cross_entropy is log_softmax + nll_loss; both save the log-probabilities, not the logits the lecture names (same size)</source>
        <translation>cross_entropy 即 log_softmax + nll_loss；两者保存的是对数概率，而不是课程所说的 logits（大小相同）</translation>
    </message>
    <message>
        <source>PyTorch 1.13&apos;s mean() saves its whole input x², though its backward reads only the size</source>
        <translation>PyTorch 1.13 的 mean() 保存整个输入 x²，尽管其反向只读取大小</translation>
    </message>
    <message>
        <source>sqrt saves its output and x / rms its divisor: one value per token and RMSNorm</source>
        <translation>sqrt 保存其输出，x / rms 保存其除数：每个 token 每个 RMSNorm 一个值</translation>
    </message>
    <message>
        <source>(x / rms)·g saves x / rms for g&apos;s gradient; the lecture keeps only x</source>
        <translation>(x / rms)·g 为 g 的梯度保存 x / rms；课程只保存 x</translation>
    </message>
    <message>
        <source>the final RMSNorm keeps x², x / rms and the RMS like the others</source>
        <translation>最后的 RMSNorm 与其他的一样保存 x²、x / rms 和 RMS</translation>
    </message>
    <message>
        <source>the product SiLU(G)·V_ff saves both factors; the lecture would recompute SiLU(G) from G</source>
        <translation>乘积 SiLU(G)·V_ff 保存两个因子；课程会从 G 重算 SiLU(G)</translation>
    </message>
    <message>
        <source>masked_fill saves its bool c×c mask, built anew in every block</source>
        <translation>masked_fill 保存其 bool 型 c×c 掩码，每个块都重新构建</translation>
    </message>
    <message>
        <source>dividing by math.sqrt(d_head) wraps the float in a 0-dim float64 tensor, which div saves</source>
        <translation>除以 math.sqrt(d_head) 会把浮点数包装成 0 维 float64 张量，由 div 保存</translation>
    </message>
    <message>
        <source>the embedding saves the int64 token ids to scatter its gradient</source>
        <translation>嵌入保存 int64 token id，用于分散其梯度</translation>
    </message>
    <message>
        <source>nll_loss saves the int64 targets</source>
        <translation>nll_loss 保存 int64 目标</translation>
    </message>
    <message>
        <source>nll_loss saves its 0-dim fp32 total weight</source>
        <translation>nll_loss 保存其 0 维 fp32 总权重</translation>
    </message>
    <message>
        <source>LoRA: B&apos;s product saves its input A·x for B&apos;s gradient</source>
        <translation>LoRA：B 的乘法为 B 的梯度保存其输入 A·x</translation>
    </message>
    <message>
        <source>LoRA: multiplying by the Python float α/r saves it as a 0-dim float64 tensor</source>
        <translation>LoRA：乘以 Python 浮点数 α/r 时将其保存为 0 维 float64 张量</translation>
    </message>
    <message>
        <source>AdamW keeps state[&apos;step&apos;] as a 0-dim fp32 tensor for each of the 9L + 3 parameter tensors</source>
        <translation>AdamW 为 9L + 3 个参数张量各保存一个 0 维 fp32 张量 state[&apos;step&apos;]</translation>
    </message>
    <message>
        <source>the loop&apos;s logits variable keeps the LM head output alive through backward and the optimizer step</source>
        <translation>循环中的 logits 变量使 LM 头的输出在反向传播和优化器步中一直存活</translation>
    </message>
    <message>
        <source>forward of the last block</source>
        <translation>最后一个块的前向</translation>
    </message>
    <message>
        <source>forward of the final RMSNorm, LM head and cross-entropy</source>
        <translation>最后 RMSNorm、LM 头和交叉熵的前向</translation>
    </message>
    <message>
        <source>backward of nll_loss and log_softmax</source>
        <translation>nll_loss 和 log_softmax 的反向</translation>
    </message>
    <message>
        <source>backward of the LM head</source>
        <translation>LM 头的反向</translation>
    </message>
    <message>
        <source>backward of the final RMSNorm</source>
        <translation>最后 RMSNorm 的反向</translation>
    </message>
    <message>
        <source>backward of the last block&apos;s SwiGLU</source>
        <translation>最后一个块 SwiGLU 的反向</translation>
    </message>
    <message>
        <source>backward of the last block&apos;s second RMSNorm</source>
        <translation>最后一个块第二个 RMSNorm 的反向</translation>
    </message>
    <message>
        <source>backward of the last block&apos;s attention</source>
        <translation>最后一个块注意力的反向</translation>
    </message>
    <message>
        <source>backward of the last block&apos;s first RMSNorm</source>
        <translation>最后一个块第一个 RMSNorm 的反向</translation>
    </message>
    <message>
        <source>backward of the embedding</source>
        <translation>嵌入的反向</translation>
    </message>
    <message>
        <source>AdamW step</source>
        <translation>AdamW 更新步</translation>
    </message>
    <message>
        <source>x², x / rms, rms (final)</source>
        <translation>x²、x / rms、rms（最后的）</translation>
    </message>
    <message>
        <source>L·c² (bool)</source>
        <translation>L·c²（bool）</translation>
    </message>
    <message>
        <source>8·L (float64)</source>
        <translation>8·L（float64）</translation>
    </message>
    <message>
        <source>8·b·c (int64)</source>
        <translation>8·b·c（int64）</translation>
    </message>
    <message>
        <source>4·L·b·c·r per adapted layer</source>
        <translation>每个适配层 4·L·b·c·r</translation>
    </message>
    <message>
        <source>8·L per adapted layer (float64)</source>
        <translation>每个适配层 8·L（float64）</translation>
    </message>
</context>
<context>
    <name>ts::Inputs</name>
    <message>
        <source>Batch size b: sequences in one micro-batch on one GPU; the global batch is b × gradient accumulation × GPUs.</source>
        <translation>批大小 b：一个 GPU 上一个微批次中的序列数；全局批大小为 b × 梯度累积 × GPU 数。</translation>
    </message>
    <message>
        <source>Sequence length c: tokens per sequence (the context length).</source>
        <translation>序列长度 c：每个序列的 token 数（上下文长度）。</translation>
    </message>
    <message>
        <source>Model width d (d_model): the width of the residual stream.</source>
        <translation>模型宽度 d（d_model）：残差流的宽度。</translation>
    </message>
    <message>
        <source>Transformer blocks L.</source>
        <translation>Transformer 块数 L。</translation>
    </message>
    <message>
        <source>Attention heads h; h must divide d.</source>
        <translation>注意力头数 h；h 必须整除 d。</translation>
    </message>
    <message>
        <source>Vocabulary size v.</source>
        <translation>词表大小 v。</translation>
    </message>
    <message>
        <source>The feed-forward network of each block (docs/formulas.md §8.4).</source>
        <translation>每个块的前馈网络（docs/formulas.md §8.4）。</translation>
    </message>
    <message>
        <source>SwiGLU</source>
        <translation>SwiGLU</translation>
    </message>
    <message>
        <source>The lecture&apos;s FFN: W1, W3 (d × d_ff) and W2 (d_ff × d), 3·d·d_ff parameters.</source>
        <translation>课程的 FFN：W1、W3（d × d_ff）和 W2（d_ff × d），共 3·d·d_ff 个参数。</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>GPT-2&apos;s FFN: W1 (d × d_ff) and W2 (d_ff × d), 2·d·d_ff parameters.</source>
        <translation>GPT-2 的 FFN：W1（d × d_ff）和 W2（d_ff × d），共 2·d·d_ff 个参数。</translation>
    </message>
    <message>
        <source>FFN width d_ff, the FFN&apos;s hidden layer; 0 is the lecture&apos;s 4·d (LLaMA uses about 8/3·d) (docs/formulas.md §8.4).</source>
        <translation>FFN 宽度 d_ff，即 FFN 的隐藏层；0 表示课程的 4·d（LLaMA 约为 8/3·d）（docs/formulas.md §8.4）。</translation>
    </message>
    <message>
        <source>4·d</source>
        <translation>4·d</translation>
    </message>
    <message>
        <source>K/V heads for grouped-query attention: K and V get kv·d/h columns instead of d; kv must divide h; 0 is h, plain multi-head attention (docs/formulas.md §8.4).</source>
        <translation>分组查询注意力的 K/V 头数：K 和 V 的列数为 kv·d/h 而不是 d；kv 必须整除 h；0 表示 h，即普通多头注意力（docs/formulas.md §8.4）。</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>One v×d matrix serves as the input embedding and the LM head: d·v fewer parameters; the head&apos;s FLOPs stay (docs/formulas.md §8.4).</source>
        <translation>输入嵌入和 LM 头共用一个 v×d 矩阵：参数少 d·v 个；LM 头的 FLOPs 不变（docs/formulas.md §8.4）。</translation>
    </message>
    <message>
        <source>The normalisation of each block and the final one (docs/formulas.md §8.4).</source>
        <translation>每个块及最后一层的归一化（docs/formulas.md §8.4）。</translation>
    </message>
    <message>
        <source>RMSNorm</source>
        <translation>RMSNorm</translation>
    </message>
    <message>
        <source>The lecture&apos;s: a gain of d parameters per norm.</source>
        <translation>课程的做法：每个归一化层有 d 个增益参数。</translation>
    </message>
    <message>
        <source>LayerNorm</source>
        <translation>LayerNorm</translation>
    </message>
    <message>
        <source>A gain and a bias, 2d parameters per norm (GPT-2, GPT-NeoX).</source>
        <translation>增益和偏置，每个归一化层 2d 个参数（GPT-2、GPT-NeoX）。</translation>
    </message>
    <message>
        <source>Biases of the blocks&apos; linear layers: parameters only, no saved tensor and no matrix-product FLOPs (docs/formulas.md §8.4).</source>
        <translation>块内线性层的偏置：只增加参数，不保存张量，也不增加矩阵乘法 FLOPs（docs/formulas.md §8.4）。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The lecture&apos;s and LLaMA&apos;s: no biases.</source>
        <translation>课程和 LLaMA 的做法：没有偏置。</translation>
    </message>
    <message>
        <source>Q, K, V</source>
        <translation>Q、K、V</translation>
    </message>
    <message>
        <source>On the Q, K and V projections only: d + 2·d_kv per block (Qwen2).</source>
        <translation>仅在 Q、K、V 投影上：每个块 d + 2·d_kv 个（Qwen2）。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>On every linear layer of a block: Q, K, V, O and the FFN&apos;s (GPT-2, GPT-NeoX).</source>
        <translation>块内每个线性层都有：Q、K、V、O 和 FFN 的（GPT-2、GPT-NeoX）。</translation>
    </message>
    <message>
        <source>Learned position embedding of c_max × d parameters (GPT-2: 1024); 0 is none, as with rotary positions (docs/formulas.md §8.4).</source>
        <translation>可学习的位置嵌入，c_max × d 个参数（GPT-2：1024）；0 表示没有，如旋转位置编码（docs/formulas.md §8.4）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Attention and FFN both read the block&apos;s input, x + Attn(LN₁(x)) + FFN(LN₂(x)) (GPT-NeoX, Pythia): the residual between them is not kept (docs/formulas.md §8.4).</source>
        <translation>注意力和 FFN 都读取块的输入，x + Attn(LN₁(x)) + FFN(LN₂(x))（GPT-NeoX、Pythia）：两者之间的残差不保存（docs/formulas.md §8.4）。</translation>
    </message>
    <message>
        <source>Dropout after the embedding, on the attention probabilities and after attention and FFN: 1-byte masks and the dropped-out probabilities are kept (Korthikanti et al. 2022; docs/formulas.md §8.4).</source>
        <translation>在嵌入之后、注意力概率上以及注意力和 FFN 之后做 Dropout：保存 1 字节的掩码和 dropout 之后的概率（Korthikanti 等 2022；docs/formulas.md §8.4）。</translation>
    </message>
    <message>
        <source>GPUs sharing each step&apos;s FLOPs, data parallel; every memory figure is for one GPU.</source>
        <translation>数据并行分担每步 FLOPs 的 GPU 数；所有显存数字均为单个 GPU 的。</translation>
    </message>
    <message>
        <source>Memory of one GPU: 24GiB (2^30 bytes), 24GB (10^9 bytes) or a byte count.</source>
        <translation>单个 GPU 的显存：24GiB（2^30 字节）、24GB（10^9 字节）或字节数。</translation>
    </message>
    <message>
        <source>Peak FLOP/s of one GPU; typed, it is used as given and no longer follows the precision.</source>
        <translation>单个 GPU 的峰值 FLOP/s；手动输入后按输入值使用，不再随精度变化。</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the fraction of the peak the training reaches.</source>
        <translation>模型 FLOPs 利用率（MFU）：训练达到的峰值算力的比例。</translation>
    </message>
    <message>
        <source>GPUs sharing one host&apos;s memory: offloaded state is counted per node (docs/formulas.md §8.8); 0 puts every GPU in one node.</source>
        <translation>共享一台主机内存的 GPU 数：卸载的状态按节点计算（docs/formulas.md §8.8）；0 表示所有 GPU 在同一节点。</translation>
    </message>
    <message>
        <source>all GPUs</source>
        <translation>所有 GPU</translation>
    </message>
    <message>
        <source>Bandwidth between one GPU and its host, each direction (PCIe 4.0 x16: 31.5e9): the time of offload transfers (docs/formulas.md §8.8); 0 is unknown.</source>
        <translation>单个 GPU 与主机之间每个方向的带宽（PCIe 4.0 x16：31.5e9）：用于卸载传输时间（docs/formulas.md §8.8）；0 表示未知。</translation>
    </message>
    <message>
        <source>Tokens in the dataset.</source>
        <translation>数据集中的 token 数。</translation>
    </message>
    <message>
        <source>Passes over the dataset (may be fractional).</source>
        <translation>遍历数据集的轮数（可以是小数）。</translation>
    </message>
    <message>
        <source>Number format of weights, gradients, optimizer states and activations; the peak FLOP/s of the time follows it (docs/formulas.md §8.1).</source>
        <translation>权重、梯度、优化器状态和激活值的数值格式；训练时间所用的峰值 FLOP/s 随之变化（docs/formulas.md §8.1）。</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>The lecture: 4 bytes for every weight, gradient, moment and activation; time at the GPU&apos;s FP32 (CUDA-core) peak.</source>
        <translation>课程的做法：每个权重、梯度、动量和激活值 4 字节；时间按 GPU 的 FP32（CUDA 核心）峰值计算。</translation>
    </message>
    <message>
        <source>tf32</source>
        <translation>tf32</translation>
    </message>
    <message>
        <source>Stored as fp32 (4 bytes), matrix products on TF32 tensor cores: time at the TF32 tensor peak.</source>
        <translation>以 fp32 存储（4 字节），矩阵乘法在 TF32 张量核心上：时间按 TF32 张量峰值计算。</translation>
    </message>
    <message>
        <source>bf16-mixed</source>
        <translation>bf16-mixed</translation>
    </message>
    <message>
        <source>bf16 weights, gradients and activations (2 bytes) plus an fp32 master copy and moments: 16 bytes per parameter with Adam, as in the ZeRO paper (Rajbhandari et al. 2020, §3.1). Time at the BF16 tensor peak.</source>
        <translation>bf16 权重、梯度和激活值（2 字节），另加 fp32 主副本和动量：Adam 下每个参数 16 字节，同 ZeRO 论文（Rajbhandari 等 2020，§3.1）。时间按 BF16 张量峰值计算。</translation>
    </message>
    <message>
        <source>fp16-mixed</source>
        <translation>fp16-mixed</translation>
    </message>
    <message>
        <source>As bf16-mixed with fp16: 16 bytes per parameter with Adam (ZeRO paper, §3.1). Time at the FP16 tensor peak (fp32 accumulate).</source>
        <translation>同 bf16-mixed，但用 fp16：Adam 下每个参数 16 字节（ZeRO 论文 §3.1）。时间按 FP16 张量峰值（fp32 累加）计算。</translation>
    </message>
    <message>
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <source>Everything in bf16, the optimizer moments too (2 bytes each), no master copy. Time at the BF16 tensor peak.</source>
        <translation>全部用 bf16，包括优化器动量（各 2 字节），没有主副本。时间按 BF16 张量峰值计算。</translation>
    </message>
    <message>
        <source>fp8-mixed</source>
        <translation>fp8-mixed</translation>
    </message>
    <message>
        <source>Transformer Engine&apos;s FP8 training: bf16 weights and gradients, fp32 master copy and moments; the blocks&apos; linear layers keep their inputs in 1-byte fp8 and a 1-byte fp8 transpose of each weight. Time at the FP8 tensor peak.</source>
        <translation>Transformer Engine 的 FP8 训练：bf16 权重和梯度，fp32 主副本和动量；块内线性层的输入以 1 字节 fp8 保存，并保存每个权重的 1 字节 fp8 转置。时间按 FP8 张量峰值计算。</translation>
    </message>
    <message>
        <source>How bf16-mixed and fp16-mixed run: the model in 16 bits beside an fp32 master copy, or PyTorch&apos;s torch.autocast over an fp32 model (docs/formulas.md §8.1).</source>
        <translation>bf16-mixed 和 fp16-mixed 的运行方式：16 位模型加 fp32 主副本，或在 fp32 模型上使用 PyTorch 的 torch.autocast（docs/formulas.md §8.1）。</translation>
    </message>
    <message>
        <source>16-bit model</source>
        <translation>16 位模型</translation>
    </message>
    <message>
        <source>Weights, gradients and activations in 16 bits, fp32 master copy and moments (Megatron-LM, DeepSpeed; the ZeRO paper&apos;s 16 bytes per parameter).</source>
        <translation>权重、梯度和激活值为 16 位，主副本和动量为 fp32（Megatron-LM、DeepSpeed；即 ZeRO 论文的每参数 16 字节）。</translation>
    </message>
    <message>
        <source>torch.autocast</source>
        <translation>torch.autocast</translation>
    </message>
    <message>
        <source>fp32 weights, gradients and moments; each matrix cast to 16 bits for its products and held to backward; softmax, norms&apos; statistics and the cross-entropy in fp32, the residual stream fp32 (PyTorch&apos;s AMP recipe with GradScaler).</source>
        <translation>fp32 权重、梯度和动量；每个矩阵在乘法时转换为 16 位并保留到反向传播；softmax、归一化统计量和交叉熵用 fp32，残差流也是 fp32（PyTorch 的 AMP 加 GradScaler 做法）。</translation>
    </message>
    <message>
        <source>Optimizer states per parameter and FLOPs per update (docs/formulas.md §8.2).</source>
        <translation>每个参数的优化器状态和每次更新的 FLOPs（docs/formulas.md §8.2）。</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>The lecture: two moments per parameter, 15 FLOPs per parameter per update (lecture part 2.3).</source>
        <translation>课程的做法：每个参数两个动量，每次更新每个参数 15 FLOPs（课程第 2.3 部分）。</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>One momentum buffer per parameter; 4 FLOPs per parameter per update.</source>
        <translation>每个参数一个动量缓冲；每次更新每个参数 4 FLOPs。</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>No optimizer state; 2 FLOPs per parameter per update.</source>
        <translation>没有优化器状态；每次更新每个参数 2 FLOPs。</translation>
    </message>
    <message>
        <source>8-bit Adam</source>
        <translation>8 位 Adam</translation>
    </message>
    <message>
        <source>Two 1-byte moments plus one fp32 scale per 2048-element block each; 19 FLOPs per parameter (Dettmers et al. 2022, 8-bit Optimizers via Block-wise Quantization).</source>
        <translation>两个 1 字节动量，每 2048 个元素的块各加一个 fp32 缩放因子；每个参数 19 FLOPs（Dettmers 等 2022，8-bit Optimizers via Block-wise Quantization）。</translation>
    </message>
    <message>
        <source>Activation checkpointing: which activations backward recomputes instead of keeping (docs/formulas.md §8.3).</source>
        <translation>梯度检查点：反向传播时重算而不保存哪些激活值（docs/formulas.md §8.3）。</translation>
    </message>
    <message>
        <source>The lecture: every activation is kept for backward.</source>
        <translation>课程的做法：所有激活值都保存到反向传播。</translation>
    </message>
    <message>
        <source>Selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <source>The attention probabilities P (b·h·c² per block) are not kept; backward recomputes S = QKᵀ: + L·2bc²d FLOPs (Korthikanti et al. 2022).</source>
        <translation>不保存注意力概率 P（每个块 b·h·c²）；反向传播重算 S = QKᵀ：增加 L·2bc²d FLOPs（Korthikanti 等 2022）。</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>Each block keeps only its input; backward re-runs one block at a time: + one forward of every block (Chen et al. 2016; torch.utils.checkpoint).</source>
        <translation>每个块只保存其输入；反向传播时逐块重新前向：增加一次所有块的前向计算（Chen 等 2016；torch.utils.checkpoint）。</translation>
    </message>
    <message>
        <source>FlashAttention (Dao et al. 2022): P (b·h·c² per block) is never stored, one fp32 log-sum-exp per row and head is; backward recomputes S = QKᵀ: + L·2bc²d FLOPs (docs/formulas.md §8.3).</source>
        <translation>FlashAttention（Dao 等 2022）：从不保存 P（每个块 b·h·c²），只为每行每头保存一个 fp32 log-sum-exp；反向传播重算 S = QKᵀ：增加 L·2bc²d FLOPs（docs/formulas.md §8.3）。</translation>
    </message>
    <message>
        <source>ZeRO stage (Rajbhandari et al. 2020): shards the training state over the GPUs; every memory figure is per GPU (docs/formulas.md §8.5).</source>
        <translation>ZeRO 阶段（Rajbhandari 等 2020）：把训练状态切分到各 GPU；所有显存数字均为单个 GPU 的（docs/formulas.md §8.5）。</translation>
    </message>
    <message>
        <source>0: nothing sharded</source>
        <translation>0：不切分</translation>
    </message>
    <message>
        <source>Plain data parallelism: every GPU keeps everything (the lecture).</source>
        <translation>普通数据并行：每个 GPU 保存全部内容（课程的做法）。</translation>
    </message>
    <message>
        <source>1: optimizer states</source>
        <translation>1：优化器状态</translation>
    </message>
    <message>
        <source>Each GPU keeps 1/GPUs of the optimizer states and updates only those parameters.</source>
        <translation>每个 GPU 保存 1/GPU 数的优化器状态，只更新对应的参数。</translation>
    </message>
    <message>
        <source>2: + gradients</source>
        <translation>2：+ 梯度</translation>
    </message>
    <message>
        <source>Each GPU keeps 1/GPUs of the optimizer states and gradients.</source>
        <translation>每个 GPU 保存 1/GPU 数的优化器状态和梯度。</translation>
    </message>
    <message>
        <source>3: + weights</source>
        <translation>3：+ 权重</translation>
    </message>
    <message>
        <source>Each GPU keeps 1/GPUs of the optimizer states, gradients and weights.</source>
        <translation>每个 GPU 保存 1/GPU 数的优化器状态、梯度和权重。</translation>
    </message>
    <message>
        <source>Full training, or fine-tuning with low-rank adapters over frozen weights (docs/formulas.md §8.7).</source>
        <translation>全量训练，或在冻结权重上用低秩适配器微调（docs/formulas.md §8.7）。</translation>
    </message>
    <message>
        <source>Every weight is trained, the lecture&apos;s.</source>
        <translation>训练所有权重，即课程的做法。</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>The weights are frozen; each targeted linear layer gets B·A of rank r: r·(in + out) trainable parameters (Hu et al. 2021).</source>
        <translation>权重冻结；每个目标线性层加一个秩为 r 的 B·A：r·(in + out) 个可训练参数（Hu 等 2021）。</translation>
    </message>
    <message>
        <source>QLoRA</source>
        <translation>QLoRA</translation>
    </message>
    <message>
        <source>LoRA over the blocks&apos; matrices stored in 4-bit NF4 with double quantisation, 4.127 bits per weight (Dettmers et al. 2023).</source>
        <translation>在以 4 位 NF4 加双重量化存储的块矩阵上做 LoRA，每个权重 4.127 位（Dettmers 等 2023）。</translation>
    </message>
    <message>
        <source>LoRA rank r: each adapter is A (r × in) and B (out × r).</source>
        <translation>LoRA 秩 r：每个适配器为 A（r × in）和 B（out × r）。</translation>
    </message>
    <message>
        <source>The linear layers of each block that get an adapter.</source>
        <translation>每个块中加适配器的线性层。</translation>
    </message>
    <message>
        <source>W_Q, W_V</source>
        <translation>W_Q, W_V</translation>
    </message>
    <message>
        <source>PEFT&apos;s default for LLaMA.</source>
        <translation>PEFT 对 LLaMA 的默认设置。</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>W_Q, W_K, W_V and W_O.</source>
        <translation>W_Q、W_K、W_V 和 W_O。</translation>
    </message>
    <message>
        <source>All linear</source>
        <translation>所有线性层</translation>
    </message>
    <message>
        <source>Every linear layer of the blocks, attention and FFN, as in QLoRA.</source>
        <translation>块内所有线性层，注意力和 FFN，同 QLoRA。</translation>
    </message>
    <message>
        <source>LoRA α: the adapter&apos;s output is scaled by α/r; no effect on memory or FLOPs.</source>
        <translation>LoRA α：适配器输出按 α/r 缩放；不影响显存和 FLOPs。</translation>
    </message>
    <message>
        <source>Training state kept in host memory and moved over the host link each step (docs/formulas.md §8.8).</source>
        <translation>保存在主机内存中、每步经主机链路传输的训练状态（docs/formulas.md §8.8）。</translation>
    </message>
    <message>
        <source>Everything stays on the GPU, the lecture&apos;s.</source>
        <translation>全部留在 GPU 上，即课程的做法。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>ZeRO-Offload (Ren et al. 2021): gradients, master weights and moments live in host memory and the CPU runs the update; needs ZeRO ≥ 1.</source>
        <translation>ZeRO-Offload（Ren 等 2021）：梯度、主权重和动量放在主机内存，由 CPU 执行更新；需要 ZeRO ≥ 1。</translation>
    </message>
    <message>
        <source>Optimizer + weights</source>
        <translation>优化器 + 权重</translation>
    </message>
    <message>
        <source>ZeRO-Infinity&apos;s CPU offload (Rajbhandari et al. 2021): the weights too, fetched for forward and backward; needs ZeRO 3.</source>
        <translation>ZeRO-Infinity 的 CPU 卸载（Rajbhandari 等 2021）：权重也卸载，前向和反向时取回；需要 ZeRO 3。</translation>
    </message>
    <message>
        <source>What memory and FLOPs count: the lecture&apos;s list, or what a PyTorch 1.13.1 eager step keeps (docs/formulas.md §9).</source>
        <translation>显存和 FLOPs 的计算口径：课程的列表，或 PyTorch 1.13.1 eager 一步实际保存的内容（docs/formulas.md §9）。</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>The slides&apos; list of saved tensors.</source>
        <translation>幻灯片中保存张量的列表。</translation>
    </message>
    <message>
        <source>PyTorch eager</source>
        <translation>PyTorch eager</translation>
    </message>
    <message>
        <source>What one PyTorch 1.13.1 eager training step keeps and computes; the lecture&apos;s configuration only.</source>
        <translation>PyTorch 1.13.1 eager 一个训练步实际保存和计算的内容；仅限课程的配置。</translation>
    </message>
    <message>
        <source>Sequence parallelism with t &gt; 1 (Korthikanti et al. 2022): the norms&apos;, dropouts&apos; and the first linear layers&apos; inputs split over the t GPUs too, so that every activation is 1/t (docs/formulas.md §8.9).</source>
        <translation>序列并行，需 t &gt; 1（Korthikanti 等 2022）：归一化层、dropout 以及第一个线性层的输入也切分到 t 个 GPU 上，使每个激活值都是 1/t（docs/formulas.md §8.9）。</translation>
    </message>
    <message>
        <source>Bandwidth from one GPU to the others of its node, each direction (NVLink, or PCIe without it): the time of tensor-, pipeline-, context- and data-parallel communication inside a node (docs/formulas.md §8.10); 0 is unknown.</source>
        <translation>单个 GPU 到同一节点内其他 GPU 每个方向的带宽（NVLink，没有时为 PCIe）：用于节点内张量并行、流水线并行、上下文并行和数据并行通信的时间（docs/formulas.md §8.10）；0 表示未知。</translation>
    </message>
    <message>
        <source>Network bandwidth per GPU between nodes, in Gb/s each direction: InfiniBand EDR 100, HDR 200, NDR 400; 0 is unknown. Groups that span nodes (see GPUs per node) communicate at this rate (docs/formulas.md §8.10).</source>
        <translation>节点之间每个 GPU 的网络带宽，单位 Gb/s，每个方向：InfiniBand EDR 100、HDR 200、NDR 400；0 表示未知。跨节点的组（见每节点 GPU 数）按此速率通信（docs/formulas.md §8.10）。</translation>
    </message>
    <message>
        <source>Micro-batches m of b sequences per optimizer step on each data-parallel group: gradient accumulation without a pipeline (memory stays one micro-batch&apos;s), the micro-batches that fill the pipeline with p &gt; 1 (docs/formulas.md §8.5, §8.10).</source>
        <translation>每个数据并行组每个优化器步的微批次数 m，每个微批次 b 个序列：没有流水线时即梯度累积（显存仍为一个微批次的），p &gt; 1 时为填满流水线的微批次（docs/formulas.md §8.5、§8.10）。</translation>
    </message>
    <message>
        <source>Tensor parallelism t (Megatron-LM): each block&apos;s matrices, the embedding and the LM head split over t GPUs, which also share the step&apos;s activations; the GPUs form GPUs/(t·p·cp) data-parallel groups; the time adds the all-reduces of each block (docs/formulas.md §8.9, §8.10).</source>
        <translation>张量并行 t（Megatron-LM）：每个块的矩阵、嵌入和 LM 头切分到 t 个 GPU 上，这些 GPU 也分担该步的激活值；所有 GPU 组成 GPU 数/(t·p·cp) 个数据并行组；时间加上每个块的全归约（docs/formulas.md §8.9、§8.10）。</translation>
    </message>
    <message>
        <source>Pipeline parallelism p (Narayanan et al. 2021): the blocks split into p stages on p GPUs, the embedding on the first and the LM head on the last; memory is the worst stage&apos;s, time adds the pipeline bubble (docs/formulas.md §8.10).</source>
        <translation>流水线并行 p（Narayanan 等 2021）：各块分为 p 个阶段，放在 p 个 GPU 上，嵌入在第一个阶段，LM 头在最后一个阶段；显存按占用最大的阶段计算，时间加上流水线气泡（docs/formulas.md §8.10）。</translation>
    </message>
    <message>
        <source>The pipeline schedule with p &gt; 1 (Narayanan et al. 2021, §2.2).</source>
        <translation>p &gt; 1 时的流水线调度（Narayanan 等 2021，§2.2）。</translation>
    </message>
    <message>
        <source>1F1B</source>
        <translation>1F1B</translation>
    </message>
    <message>
        <source>One forward, one backward: the first stage holds p micro-batches in flight; bubble (p − 1)/m of the compute.</source>
        <translation>一次前向、一次反向交替：第一个阶段同时有 p 个微批次在处理中；气泡占计算的 (p − 1)/m。</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>交错</translation>
    </message>
    <message>
        <source>v chunks of L/(p·v) blocks per GPU: bubble (p − 1)/(v·m), first-stage activations × (1 + (p − 1)/(p·v)), v times the sends; m must be a multiple of p.</source>
        <translation>每个 GPU 上 v 个分段，每段 L/(p·v) 个块：气泡 (p − 1)/(v·m)，第一个阶段的激活值 × (1 + (p − 1)/(p·v))，发送次数为 v 倍；m 必须是 p 的倍数。</translation>
    </message>
    <message>
        <source>Model chunks v per GPU of the interleaved schedule; p·v must divide L. The 1F1B schedule ignores it.</source>
        <translation>交错调度中每个 GPU 上的模型分段数 v；p·v 必须整除 L。1F1B 调度忽略此项。</translation>
    </message>
    <message>
        <source>Context parallelism (ring attention): each of cp GPUs keeps c/cp tokens of every sequence, so activations and compute divide by cp; K and V travel around the ring (docs/formulas.md §8.10).</source>
        <translation>上下文并行（环形注意力）：cp 个 GPU 各保存每个序列的 c/cp 个 token，因此激活值和计算量都除以 cp；K 和 V 沿环传递（docs/formulas.md §8.10）。</translation>
    </message>
    <message>
        <source>How much of the data-parallel gradient reduction adds time (docs/formulas.md §8.10).</source>
        <translation>数据并行的梯度归约有多少计入时间（docs/formulas.md §8.10）。</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>The lecture&apos;s: the reduction hides entirely behind the computation and adds no time; its volume and time are still reported.</source>
        <translation>课程的做法：归约完全隐藏在计算之后，不增加时间；其通信量和时间仍会报告。</translation>
    </message>
    <message>
        <source>Behind backward</source>
        <translation>与反向重叠</translation>
    </message>
    <message>
        <source>Gradient buckets reduce while backward runs (PyTorch DDP, Megatron&apos;s overlap-grad-reduce): only what outlasts the last micro-batch&apos;s backward adds time.</source>
        <translation>梯度桶在反向传播进行时归约（PyTorch DDP、Megatron 的梯度归约重叠）：只有超出最后一个微批次反向传播的部分增加时间。</translation>
    </message>
    <message>
        <source>After backward</source>
        <translation>反向之后</translation>
    </message>
    <message>
        <source>The reduction starts when backward ends: all of it adds time.</source>
        <translation>归约在反向传播结束后开始：全部计入时间。</translation>
    </message>
    <message>
        <source>Mixture of experts: E routed experts per block, each an FFN of the expert width, and a router (d × E); 0 is a dense FFN (docs/formulas.md §8.12).</source>
        <translation>混合专家：每个块有 E 个路由专家，每个都是专家宽度的 FFN，外加一个路由器（d × E）；0 为稠密 FFN（docs/formulas.md §8.12）。</translation>
    </message>
    <message>
        <source>Experts each token is routed to, k ≤ E: the FLOPs and saved tensors of k experts per token (no token dropped).</source>
        <translation>每个词元被路由到的专家数 k ≤ E：每个词元计入 k 个专家的 FLOP 和保存的张量（不丢弃词元）。</translation>
    </message>
    <message>
        <source>Each expert&apos;s FFN width (fine-grained experts are narrower than d_ff); 0 is d_ff.</source>
        <translation>每个专家的 FFN 宽度（细粒度专家比 d_ff 窄）；0 即 d_ff。</translation>
    </message>
    <message>
        <source>d_ff</source>
        <translation>d_ff</translation>
    </message>
    <message>
        <source>Shared experts every token passes through beside its k routed ones (DeepSeekMoE), each of the expert width.</source>
        <translation>共享专家：每个词元除其 k 个路由专家外都会经过（DeepSeekMoE），宽度与专家相同。</translation>
    </message>
    <message>
        <source>Expert parallelism: the routed experts split over ep GPUs of the data-parallel group, each holding E/ep of them; tokens travel by all-to-all; ep divides E and DP (docs/formulas.md §8.12).</source>
        <translation>专家并行：路由专家分布到数据并行组中的 ep 个 GPU 上，每个 GPU 持有 E/ep 个；词元通过全交换传输；ep 须整除 E 和 DP（docs/formulas.md §8.12）。</translation>
    </message>
</context>
<context>
    <name>ts::Presets</name>
    <message>
        <source>NVIDIA GeForce RTX 3090 (as in the lecture)</source>
        <translation>NVIDIA GeForce RTX 3090（课程所用）</translation>
    </message>
</context>
<context>
    <name>ts::Working</name>
    <message>
        <source>GELU FFN: W1 and W2 only (2·d·d_ff)</source>
        <translation>GELU FFN：只有 W1 和 W2（2·d·d_ff）</translation>
    </message>
    <message>
        <source>d_ff = %1 instead of 4d</source>
        <translation>d_ff = %1，而不是 4d</translation>
    </message>
    <message>
        <source>grouped-query attention: K and V have d_kv = kv·d/h = %1 columns</source>
        <translation>分组查询注意力：K 和 V 有 d_kv = kv·d/h = %1 列</translation>
    </message>
    <message>
        <source>LayerNorm: a gain and a bias per norm</source>
        <translation>LayerNorm：每个归一化层一个增益和一个偏置</translation>
    </message>
    <message>
        <source>biases on Q, K, V</source>
        <translation>Q、K、V 上有偏置</translation>
    </message>
    <message>
        <source>biases on every linear layer</source>
        <translation>每个线性层都有偏置</translation>
    </message>
    <message>
        <source>learned positions, c_max × d</source>
        <translation>可学习位置，c_max × d</translation>
    </message>
    <message>
        <source>tied embeddings: no separate LM head</source>
        <translation>共享嵌入：没有单独的 LM 头</translation>
    </message>
    <message>
        <source>parallel attention and FFN</source>
        <translation>并行的注意力和 FFN</translation>
    </message>
    <message>
        <source>dropout masks</source>
        <translation>dropout 掩码</translation>
    </message>
    <message>
        <source>Beyond the slide: </source>
        <translation>超出幻灯片之处：</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>parameters of one block</source>
        <translation>一个块的参数</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>个参数</translation>
    </message>
    <message>
        <source>parameters of the model</source>
        <translation>模型的参数</translation>
    </message>
    <message>
        <source>trainable parameters: the LoRA adapters</source>
        <translation>可训练参数：LoRA 适配器</translation>
    </message>
    <message>
        <source>LoRA: every weight frozen; A (r × in) and B (out × r) on each adapted layer (docs/formulas.md §8.7).</source>
        <translation>LoRA：所有权重冻结；每个适配层上有 A（r × in）和 B（out × r）（docs/formulas.md §8.7）。</translation>
    </message>
    <message>
        <source>Activations saved for backward</source>
        <translation>为反向传播保存的激活值</translation>
    </message>
    <message>
        <source>elements one block keeps</source>
        <translation>一个块保存的元素</translation>
    </message>
    <message>
        <source>elements</source>
        <translation>个元素</translation>
    </message>
    <message>
        <source>Each term is one saved tensor of core/terms.cpp (elements per block); the options change which are kept.</source>
        <translation>每一项是 core/terms.cpp 中一个保存的张量（每个块的元素数）；选项决定保存哪些。</translation>
    </message>
    <message>
        <source>elements of the whole model</source>
        <translation>整个模型的元素</translation>
    </message>
    <message>
        <source>Full checkpointing keeps one block&apos;s tensors at a time, plus each block&apos;s input.</source>
        <translation>完全检查点一次只保存一个块的张量，另加每个块的输入。</translation>
    </message>
    <message>
        <source>Peak memory per GPU</source>
        <translation>每个 GPU 的显存峰值</translation>
    </message>
    <message>
        <source>Beyond the slide&apos;s fp32 AdamW (docs/formulas.md §8).</source>
        <translation>超出幻灯片的 fp32 AdamW（docs/formulas.md §8）。</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Offloaded: gradients and optimizer states live in host memory (docs/formulas.md §8.8).</source>
        <translation>已卸载：梯度和优化器状态放在主机内存（docs/formulas.md §8.8）。</translation>
    </message>
    <message>
        <source>saved activations</source>
        <translation>保存的激活值</translation>
    </message>
    <message>
        <source>Tensors of different widths (masks 1 byte, fp32 statistics 4): each term is a tensor&apos;s elements over the model.</source>
        <translation>张量宽度不同（掩码 1 字节，fp32 统计量 4 字节）：每一项是一个张量在整个模型中的元素数。</translation>
    </message>
    <message>
        <source>PyTorch eager accounting: what autograd saves (§9).</source>
        <translation>PyTorch eager 口径：autograd 保存的内容（§9）。</translation>
    </message>
    <message>
        <source>static memory: weights, gradients, optimizer states</source>
        <translation>静态显存：权重、梯度、优化器状态</translation>
    </message>
    <message>
        <source>peak memory per GPU</source>
        <translation>每个 GPU 的显存峰值</translation>
    </message>
    <message>
        <source>PyTorch eager: the live bytes at the step&apos;s worst moment, replayed (§9.3).</source>
        <translation>PyTorch eager：重放得到的该步最坏时刻的存活字节数（§9.3）。</translation>
    </message>
    <message>
        <source>FLOPs per step (one micro-batch on one GPU)</source>
        <translation>每步 FLOPs（一个 GPU 上的一个微批次）</translation>
    </message>
    <message>
        <source>forward: 2·m·n·k per matrix product</source>
        <translation>前向：每个矩阵乘法 2·m·n·k</translation>
    </message>
    <message>
        <source>Checkpointing or FlashAttention recompute forward work in backward (§8.3).</source>
        <translation>梯度检查点或 FlashAttention 在反向传播中重算前向（§8.3）。</translation>
    </message>
    <message>
        <source>Frozen weights need no weight gradient (docs/formulas.md §8.7).</source>
        <translation>冻结的权重不需要权重梯度（docs/formulas.md §8.7）。</translation>
    </message>
    <message>
        <source>PyTorch eager: every product&apos;s two gradients (§9.2).</source>
        <translation>PyTorch eager：每个乘法的两个梯度（§9.2）。</translation>
    </message>
    <message>
        <source>backward: the input&apos;s and the weight&apos;s gradient</source>
        <translation>反向：输入的梯度和权重的梯度</translation>
    </message>
    <message>
        <source>optimizer update</source>
        <translation>优化器更新</translation>
    </message>
    <message>
        <source>FLOPs per parameter of the optimizer, over the parameters this GPU updates (§8.2, §8.5).</source>
        <translation>优化器每个参数的 FLOPs，乘以本 GPU 更新的参数数（§8.2、§8.5）。</translation>
    </message>
    <message>
        <source>one step</source>
        <translation>一步</translation>
    </message>
    <message>
        <source>Largest batch that fits one GPU</source>
        <translation>单个 GPU 能容纳的最大批大小</translation>
    </message>
    <message>
        <source>memory of one sequence</source>
        <translation>一个序列的显存</translation>
    </message>
    <message>
        <source>The static memory alone exceeds the GPU: nothing fits.</source>
        <translation>仅静态显存就超过 GPU 显存：放不下任何序列。</translation>
    </message>
    <message>
        <source>PyTorch eager: the largest b whose replayed peak fits (§9.3).</source>
        <translation>PyTorch eager：重放峰值能放下的最大 b（§9.3）。</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确值</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>个序列</translation>
    </message>
    <message>
        <source>the slide&apos;s shortcut</source>
        <translation>幻灯片的简化公式</translation>
    </message>
    <message>
        <source>It drops the static 32Ld + 16d and the per-sample 8cd + 4cv.</source>
        <translation>它省略了静态的 32Ld + 16d 和每个样本的 8cd + 4cv。</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>steps of one micro-batch, over all GPUs (the slide&apos;s count)</source>
        <translation>所有 GPU 上一个微批次的步数（幻灯片的计数）</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>wall-clock time</source>
        <translation>实际训练时间</translation>
    </message>
    <message>
        <source>optimizer steps</source>
        <translation>优化器步数</translation>
    </message>
    <message>
        <source>Gradient accumulation or ZeRO: each GPU runs A micro-batches, then its update (§8.5).</source>
        <translation>梯度累积或 ZeRO：每个 GPU 先运行 A 个微批次，再做一次更新（§8.5）。</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>the slide&apos;s time constant, exactly</source>
        <translation>幻灯片的时间常数（精确值）</translation>
    </message>
    <message>
        <source>T = K·F_step / (b·c·MFU) with one micro-batch and no ZeRO.</source>
        <translation>T = K·F_step / (b·c·MFU)，一个微批次且不使用 ZeRO。</translation>
    </message>
    <message>
        <source>the slide&apos;s time, with its rounded constant</source>
        <translation>幻灯片的时间，使用其取整后的常数</translation>
    </message>
    <message>
        <source>The slide rounds K = 5.15·10⁸ / 1.424·10¹⁴ = 3.6166·10⁻⁶ to 3.617·10⁻⁶ before multiplying and prints 10,461.9974 s (its last digit differs by 10⁻⁴ from this product); the exact time is T above.</source>
        <translation>幻灯片把 K = 5.15·10⁸ / 1.424·10¹⁴ = 3.6166·10⁻⁶ 先取整为 3.617·10⁻⁶ 再相乘，得到 10,461.9974 s（最后一位与此乘积相差 10⁻⁴）；精确时间见上面的 T。</translation>
    </message>
    <message>
        <source>parameters on one GPU of the tensor-parallel group</source>
        <translation>张量并行组中一个 GPU 上的参数</translation>
    </message>
    <message>
        <source>Tensor parallelism: S_B (matrices, column-parallel biases) split over t; R_B (norms, row-parallel biases) whole; the GPUs form DP = G/t data-parallel groups (docs/formulas.md §8.9).</source>
        <translation>张量并行：S_B（矩阵、列并行偏置）切分为 t 份；R_B（归一化层、行并行偏置）完整保留；所有 GPU 组成 DP = G/t 个数据并行组（docs/formulas.md §8.9）。</translation>
    </message>
    <message>
        <source>Tensor and sequence parallelism: every tensor 1/t on each GPU, sbh/t·(34 + 5as/h) bytes in Korthikanti et al.&apos;s GPT layer (§8.9).</source>
        <translation>张量并行加序列并行：每个张量在每个 GPU 上都是 1/t，在 Korthikanti 等人的 GPT 层中为 sbh/t·(34 + 5as/h) 字节（§8.9）。</translation>
    </message>
    <message>
        <source>Tensor parallelism: the heads&apos; and FFN&apos;s tensors 1/t on each GPU, the norms&apos; and dropouts&apos; whole: sbh(10 + 24/t + 5as/(ht)) bytes in Korthikanti et al.&apos;s GPT layer (§8.9).</source>
        <translation>张量并行：各注意力头和 FFN 的张量在每个 GPU 上为 1/t，归一化层和 dropout 的张量完整保留：在 Korthikanti 等人的 GPT 层中为 sbh(10 + 24/t + 5as/(ht)) 字节（§8.9）。</translation>
    </message>
    <message>
        <source>parameters on one GPU of the peak pipeline stage</source>
        <translation>峰值流水线阶段上一个 GPU 的参数</translation>
    </message>
    <message>
        <source>Pipeline: L/p blocks per stage, the embedding on the first, the final norm and LM head on the last; the figures are the peak stage&apos;s GPU (docs/formulas.md §8.10).</source>
        <translation>流水线：每个阶段 L/p 个块，嵌入在第一阶段，最终归一化和 LM 头在最后一阶段；各数值为峰值阶段的 GPU（docs/formulas.md §8.10）。</translation>
    </message>
    <message>
        <source>Pipeline: the peak stage keeps B_f block-micro-batches (1F1B: min(p − i, m) micro-batches of L/p blocks), the head&apos;s tensors on the last stage (docs/formulas.md §8.10).</source>
        <translation>流水线：峰值阶段保留 B_f 个块-微批次（1F1B：min(p − i, m) 个微批次，每个 L/p 个块），LM 头的张量在最后一阶段（docs/formulas.md §8.10）。</translation>
    </message>
    <message>
        <source>Context parallelism: every tensor 1/cp on each GPU (docs/formulas.md §8.10).</source>
        <translation>上下文并行：每个 GPU 上每个张量为 1/cp（docs/formulas.md §8.10）。</translation>
    </message>
    <message>
        <source>Each of the DP = G/(t·p·cp) replicas runs A micro-batches, its t·cp GPUs sharing each one&apos;s forward and backward, then the update (§8.9, §8.10).</source>
        <translation>DP = G/(t·p·cp) 个副本各运行 A 个微批次，其 t·cp 个 GPU 分担每个微批次的前向和反向，然后更新（§8.9、§8.10）。</translation>
    </message>
    <message>
        <source>forward and backward of the slowest stage</source>
        <translation>最慢阶段的前向和反向</translation>
    </message>
    <message>
        <source>The last stage: L/p blocks and the LM head, whose backward is twice its forward (docs/formulas.md §8.10).</source>
        <translation>最后一阶段：L/p 个块和 LM 头，其反向为前向的两倍（docs/formulas.md §8.10）。</translation>
    </message>
    <message>
        <source>bubble and communication per step, not hidden</source>
        <translation>每步未被隐藏的气泡与通信</translation>
    </message>
    <message>
        <source>The pipeline bubble (p − 1)/(v·A) of the compute and the ring collectives&apos; α–β times of docs/formulas.md §8.10 (the Time breakdown).</source>
        <translation>计算的流水线气泡 (p − 1)/(v·A)，以及 docs/formulas.md §8.10 中环形集合通信的 α–β 时间（时间分解）。</translation>
    </message>
    <message>
        <source>Expert parallelism: D_B (a block without its routed experts) on every GPU, X_B (the routed experts, 1/t each) split over ep GPUs (docs/formulas.md §8.12).</source>
        <translation>专家并行：D_B（不含路由专家的块）在每个 GPU 上，X_B（路由专家，各 1/t）分布到 ep 个 GPU 上（docs/formulas.md §8.12）。</translation>
    </message>
</context>
<context>
    <name>ts::ui</name>
    <message>
        <source>b = %1, c = %2</source>
        <translation>b = %1，c = %2</translation>
    </message>
    <message>
        <source>no estimate: a count overflows</source>
        <translation>无估算：计数溢出</translation>
    </message>
    <message>
        <source>peak %1, %2 of %3</source>
        <translation>峰值 %1，占 %3 的 %2</translation>
    </message>
    <message>
        <source>does not fit: margin −%1</source>
        <translation>放不下：余量 −%1</translation>
    </message>
    <message>
        <source>fits: margin %1</source>
        <translation>放得下：余量 %1</translation>
    </message>
    <message>
        <source>training time %1</source>
        <translation>训练时间 %1</translation>
    </message>
</context>
<context>
    <name>ts::ui::AccountingView</name>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Lecture vs PyTorch eager</source>
        <translation>课程 vs PyTorch eager</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>PyTorch eager</source>
        <translation>PyTorch eager</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The PyTorch eager accounting covers only the lecture&apos;s configuration: fp32, AdamW, SwiGLU with d_ff = 4d, untied embeddings, one K/V head per head, no checkpointing or FlashAttention, ZeRO 0 and one micro-batch.</source>
        <translation>PyTorch eager 口径只适用于课程的配置：fp32、AdamW、d_ff = 4d 的 SwiGLU、不共享嵌入、每个头一个 K/V 头、无梯度检查点或 FlashAttention、ZeRO 0，以及一个微批次。</translation>
    </message>
    <message>
        <source>What one training step of PyTorch %1 eager (CPU, fp32, AdamW, gradients kept) keeps, beside the lecture&apos;s count. Its peak, %2, comes during the %3: %4 weights, gradients and AdamW state, %5 held by the training loop (token ids, targets, logits), %6 of saved activations not yet freed, %7 of gradients and temporaries. The lecture&apos;s peak is %8.</source>
        <translation>PyTorch %1 eager 的一个训练步（CPU、fp32、AdamW、保留梯度）保存的内容，与课程的计数并列。其峰值 %2 出现在%3期间：%4 为权重、梯度和 AdamW 状态，%5 由训练循环持有（token id、目标、logits），%6 为尚未释放的保存激活值，%7 为梯度和临时张量。课程的峰值为 %8。</translation>
    </message>
    <message>
        <source>FLOPs, %1</source>
        <translation>FLOPs，%1</translation>
    </message>
    <message>
        <source> (lecture: %1)</source>
        <translation>（课程：%1）</translation>
    </message>
    <message>
        <source> (held, counted in the peak only)</source>
        <translation>（训练循环持有，只计入峰值）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation>字节：%1</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向</translation>
    </message>
</context>
<context>
    <name>ts::ui::BestLayouts</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>v</source>
        <translation>v</translation>
    </message>
    <message>
        <source>cp</source>
        <translation>cp</translation>
    </message>
    <message>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>ZeRO</source>
        <translation>ZeRO</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重算</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>FlashAttention</translation>
    </message>
    <message>
        <source>Peak/GPU</source>
        <translation>峰值/GPU</translation>
    </message>
    <message>
        <source>s/step</source>
        <translation>秒/步</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Rank: fastest first, then the smaller peak</source>
        <translation>排名：先按速度从快到慢，再按峰值从小到大</translation>
    </message>
    <message>
        <source>Tensor parallel t (with sequence parallelism when t &gt; 1)</source>
        <translation>张量并行 t（t &gt; 1 时同时使用序列并行）</translation>
    </message>
    <message>
        <source>Pipeline stages p</source>
        <translation>流水线阶段数 p</translation>
    </message>
    <message>
        <source>Model chunks v per GPU: 1 is 1F1B, more is the interleaved schedule</source>
        <translation>每个 GPU 上的模型分段数 v：1 为 1F1B 调度，大于 1 为交错调度</translation>
    </message>
    <message>
        <source>Context parallel cp</source>
        <translation>上下文并行 cp</translation>
    </message>
    <message>
        <source>Data-parallel replicas DP = GPUs/(t·p·cp)</source>
        <translation>数据并行副本数 DP = GPU 数/(t·p·cp)</translation>
    </message>
    <message>
        <source>Micro-batch size b, sequences</source>
        <translation>微批次大小 b（序列数）</translation>
    </message>
    <message>
        <source>Micro-batches m per optimizer step</source>
        <translation>每个优化器步的微批次数 m</translation>
    </message>
    <message>
        <source>ZeRO stage</source>
        <translation>ZeRO 阶段</translation>
    </message>
    <message>
        <source>Activation recompute</source>
        <translation>激活值重算</translation>
    </message>
    <message>
        <source>FlashAttention</source>
        <translation>FlashAttention</translation>
    </message>
    <message>
        <source>Peak memory of the worst GPU</source>
        <translation>占用最大的 GPU 的显存峰值</translation>
    </message>
    <message>
        <source>Seconds per optimizer step</source>
        <translation>每个优化器步的秒数</translation>
    </message>
    <message>
        <source>Modelled end-to-end MFU</source>
        <translation>估算的端到端 MFU</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Best layouts: %4 of %1 fit a global batch of %2 sequences on %3 GPUs (%5 too large for the GPU, %6 do not divide the model, sequence or batch).</source>
        <translation>最佳布局：%1 种布局中有 %4 种能在 %3 个 GPU 上放下 %2 个序列的全局批（%5 种超出 GPU 显存，%6 种不能整除模型、序列或批）。</translation>
    </message>
    <message>
        <source>ep</source>
        <translation>ep</translation>
    </message>
    <message>
        <source>Expert parallel ep: the routed experts split over ep of the DP replicas</source>
        <translation>专家并行 ep：路由专家分布到 ep 个数据并行副本上</translation>
    </message>
    <message>
        <source>The layouts are searched for full training without offload, with the lecture&apos;s accounting, and a global batch of at most 16,777,216 sequences.</source>
        <translation>仅在不卸载的全量训练、采用课程口径且全局批不超过 16,777,216 个序列时搜索布局。</translation>
    </message>
</context>
<context>
    <name>ts::ui::BestLayoutsPanel</name>
    <message>
        <source>Click a row to load its layout (Edit ▸ Undo goes back)</source>
        <translation>点击一行即可载入该布局（用 编辑 ▸ 撤销 可退回）</translation>
    </message>
    <message>
        <source>The fastest layouts of these GPUs that fit, for the same model, GPU and global batch (b × m × DP); click a row to load it.</source>
        <translation>在相同模型、GPU 和全局批大小（b × m × DP）下，这些 GPU 放得下的最快布局；点击一行即可载入。</translation>
    </message>
</context>
<context>
    <name>ts::ui::ChartPanel</name>
    <message>
        <source>Batch size b</source>
        <translation>批大小 b</translation>
    </message>
    <message>
        <source>Sequence length c</source>
        <translation>序列长度 c</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>X 轴(&amp;X)：</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation>已固定：%1</translation>
    </message>
</context>
<context>
    <name>ts::ui::ComparePanel</name>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>全部取消固定</translation>
    </message>
    <message>
        <source>Pin current (Ctrl+P)</source>
        <translation>固定当前配置（Ctrl+P）</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Pin the current configuration (Ctrl+P) to keep it beside the one you edit: up to %1 pins, drawn as thin lines in both charts.</source>
        <translation>固定当前配置（Ctrl+P），把它保留在正在编辑的配置旁边：最多 %1 个，在两张图中以细线显示。</translation>
    </message>
    <message>
        <source>Differences are to the first pin, %1.</source>
        <translation>差值相对于第一个固定配置 %1。</translation>
    </message>
    <message>
        <source>Rename pin</source>
        <translation>重命名固定配置</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>ts::ui::Comparison</name>
    <message>
        <source>Fits the GPU</source>
        <translation>能放进 GPU</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Peak memory per GPU</source>
        <translation>每个 GPU 的显存峰值</translation>
    </message>
    <message>
        <source>  weights</source>
        <translation>  权重</translation>
    </message>
    <message>
        <source>  gradients</source>
        <translation>  梯度</translation>
    </message>
    <message>
        <source>  optimizer states</source>
        <translation>  优化器状态</translation>
    </message>
    <message>
        <source>  activations</source>
        <translation>  激活值</translation>
    </message>
    <message>
        <source>Margin (GPU − peak)</source>
        <translation>余量（GPU − 峰值）</translation>
    </message>
    <message>
        <source>Max batch (exact)</source>
        <translation>最大批大小（精确）</translation>
    </message>
    <message>
        <source>FLOPs per step</source>
        <translation>每步 FLOPs</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
</context>
<context>
    <name>ts::ui::ExportDialog</name>
    <message>
        <source>2× for &amp;slides (twice the pixels, same layout)</source>
        <translation>幻灯片用 2 倍(&amp;S)（像素加倍，布局不变）</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>两者并排</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>Fit map: peak memory</source>
        <translation>可行区域图：显存峰值</translation>
    </message>
    <message>
        <source>Fit map: training time</source>
        <translation>可行区域图：训练时间</translation>
    </message>
</context>
<context>
    <name>ts::ui::FitCard</name>
    <message>
        <source>Fits on one GPU?</source>
        <translation>单个 GPU 放得下吗？</translation>
    </message>
    <message>
        <source>%1 to spare</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <source>Peak %1 of %2 per GPU (%3)</source>
        <extracomment>peak memory, the GPU&apos;s memory, and the peak&apos;s share of it</extracomment>
        <translation>每个 GPU 峰值 %1 / %2（%3）</translation>
    </message>
    <message>
        <source>⚠ Inputs invalid</source>
        <translation>⚠ 输入无效</translation>
    </message>
    <message>
        <source>✔ Fits</source>
        <translation>✔ 放得下</translation>
    </message>
    <message>
        <source>✖ Does not fit</source>
        <translation>✖ 放不下</translation>
    </message>
    <message>
        <source>Why: the weights are the largest term (%1 of peak); they do not grow with b or c.</source>
        <translation>原因：权重是最大的一项（占峰值 %1）；它不随 b 或 c 增长。</translation>
    </message>
    <message>
        <source>Why: the gradients are the largest term (%1 of peak).</source>
        <translation>原因：梯度是最大的一项（占峰值 %1）。</translation>
    </message>
    <message>
        <source>Why: the optimizer states are the largest term (%1 of peak); they do not grow with b or c.</source>
        <translation>原因：优化器状态是最大的一项（占峰值 %1）；它不随 b 或 c 增长。</translation>
    </message>
    <message>
        <source>attention scores b·h·c², growing with c²</source>
        <translation>注意力分数 b·h·c²，随 c² 增长</translation>
    </message>
    <message>
        <source>each block&apos;s saved tensors</source>
        <translation>各个块保存的张量</translation>
    </message>
    <message>
        <source>the final norm and logits, b·c·v</source>
        <translation>最后的归一化和 logits，b·c·v</translation>
    </message>
    <message>
        <source>Why: activations are %1 of peak, mostly %2; they grow with b.</source>
        <translation>原因：激活值占峰值 %1，主要是%2；它随 b 增长。</translation>
    </message>
</context>
<context>
    <name>ts::ui::FitMapChart</name>
    <message>
        <source>Peak memory as a share of the GPU&apos;s</source>
        <translation>显存峰值占 GPU 显存的比例</translation>
    </message>
    <message>
        <source>≥ 200 %</source>
        <translation>≥ 200 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Peak / GPU memory</source>
        <translation>峰值 / GPU 显存</translation>
    </message>
    <message>
        <source>Training time where it fits (grey: does not fit)</source>
        <translation>放得下时的训练时间（灰色：放不下）</translation>
    </message>
    <message>
        <source>Training time (hours)</source>
        <translation>训练时间（小时）</translation>
    </message>
    <message>
        <source>Batch size b (sequences, log₂ scale)</source>
        <translation>批大小 b（序列数，log₂ 刻度）</translation>
    </message>
    <message>
        <source>Batch size b (log₂)</source>
        <translation>批大小 b（log₂）</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>Sequence length c (tokens, log₂)</source>
        <translation>序列长度 c（token 数，log₂）</translation>
    </message>
    <message>
        <source>Sequence length c</source>
        <translation>序列长度 c</translation>
    </message>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>largest b that fits</source>
        <translation>放得下的最大 b</translation>
    </message>
    <message>
        <source>now: b = %1, c = %2</source>
        <translation>当前：b = %1，c = %2</translation>
    </message>
</context>
<context>
    <name>ts::ui::FitMapPanel</name>
    <message>
        <source>Peak memory</source>
        <translation>显存峰值</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>What the map&apos;s colour shows: peak memory as a share of the GPU&apos;s, or the training time where it fits</source>
        <translation>图中颜色表示的量：显存峰值占 GPU 显存的比例，或放得下时的训练时间</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
</context>
<context>
    <name>ts::ui::Format</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 a memory unit such as GiB or GB</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 FLOP</source>
        <translation>%1 FLOP</translation>
    </message>
    <message>
        <source>%1 TFLOP/s</source>
        <extracomment>a peak FLOP/s figure in TFLOP/s</extracomment>
        <translation>%1 TFLOP/s</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 d %2:%3</source>
        <extracomment>days, then hours:minutes:seconds</extracomment>
        <translation>%1 天 %2:%3</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 T</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>a multiple of a whole, e.g. &quot;1,404×&quot;</extracomment>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>ts::ui::InputRows</name>
    <message>
        <source>auto: %1 = %2</source>
        <extracomment>what 0 stands for in a spin box, and its value now: &quot;auto: 4·d = 4,096&quot;</extracomment>
        <translation>自动：%1 = %2</translation>
    </message>
    <message>
        <source>GiB (2³⁰ B)</source>
        <translation>GiB（2³⁰ B）</translation>
    </message>
    <message>
        <source>GB (10⁹ B)</source>
        <translation>GB（10⁹ B）</translation>
    </message>
    <message>
        <source>Unit of the GPU memory; every memory figure uses it too</source>
        <translation>GPU 显存的单位；所有显存数字也使用它</translation>
    </message>
</context>
<context>
    <name>ts::ui::InputText</name>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>TF32 tensor</source>
        <translation>TF32 张量</translation>
    </message>
    <message>
        <source>BF16 tensor</source>
        <translation>BF16 张量</translation>
    </message>
    <message>
        <source>FP16 tensor</source>
        <translation>FP16 张量</translation>
    </message>
    <message>
        <source>FP8 tensor</source>
        <translation>FP8 张量</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>按输入值</translation>
    </message>
</context>
<context>
    <name>ts::ui::LayoutPanel</name>
    <message>
        <source>an unknown link (no time)</source>
        <translation>未知链路（不计时间）</translation>
    </message>
    <message>
        <source>the network at %1 GB/s</source>
        <translation>带宽 %1 GB/s 的网络</translation>
    </message>
    <message>
        <source>the GPU link at %1 GB/s</source>
        <translation>带宽 %1 GB/s 的 GPU 链路</translation>
    </message>
    <message>
        <source>interleaved, v = %1</source>
        <translation>交错，v = %1</translation>
    </message>
    <message>
        <source>1F1B</source>
        <translation>1F1B</translation>
    </message>
    <message>
        <source>t = %1 × p = %2 × cp = %3 × DP = %4 = %5 GPUs</source>
        <extracomment>the layout: tensor × pipeline × context × data parallel = GPUs</extracomment>
        <translation>t = %1 × p = %2 × cp = %3 × DP = %4 = %5 个 GPU</translation>
    </message>
    <message>
        <source>Pipeline: %1, m = %2 micro-batches, bubble %3 of the compute</source>
        <translation>流水线：%1，m = %2 个微批次，气泡占计算的 %3</translation>
    </message>
    <message>
        <source>tensor parallel over %1</source>
        <translation>张量并行经由%1</translation>
    </message>
    <message>
        <source>context parallel over %1</source>
        <translation>上下文并行经由%1</translation>
    </message>
    <message>
        <source>data parallel over %1</source>
        <translation>数据并行经由%1</translation>
    </message>
    <message>
        <source>pipeline over %1</source>
        <translation>流水线并行经由%1</translation>
    </message>
    <message>
        <source>Modelled MFU %1 (kernels at %2): %3 per optimizer step</source>
        <translation>估算 MFU %1（计算内核按 %2）：每个优化器步 %3</translation>
    </message>
    <message>
        <source>expert parallel over %1</source>
        <translation>专家并行经由%1</translation>
    </message>
</context>
<context>
    <name>ts::ui::MainWindow</name>
    <message>
        <source>&amp;Inputs</source>
        <translation>输入(&amp;I)</translation>
    </message>
    <message>
        <source>Training optio&amp;ns</source>
        <translation>训练选项(&amp;N)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>推导</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Edit any input: every figure and both charts follow at once.</source>
        <translation>修改任何输入：所有数字和两张图表都会立即更新。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open configuration…</source>
        <translation>打开配置(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save configuration as…</source>
        <translation>配置另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset to lecture example</source>
        <translation>重置为课程示例(&amp;R)</translation>
    </message>
    <message>
        <source>Reset to the lecture&apos;s example: Ctrl+Z brings your configuration back.</source>
        <translation>已重置为课程示例：按 Ctrl+Z 可恢复你的配置。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin configuration</source>
        <translation>固定配置(&amp;P)</translation>
    </message>
    <message>
        <source>%1 pins already: unpin one in the Compare tab first</source>
        <translation>已有 %1 个固定配置：请先在“对比”页中取消固定一个</translation>
    </message>
    <message>
        <source>Copy &amp;chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Copy results as &amp;Markdown</source>
        <translation>以 Markdown 复制结果(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TrainScope</source>
        <translation>关于 TrainScope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Chart copied (%1 × %2 pixels)</source>
        <translation>图表已复制（%1 × %2 像素）</translation>
    </message>
    <message>
        <source>Results copied as a Markdown table</source>
        <translation>结果已复制为 Markdown 表格</translation>
    </message>
    <message>
        <source>TrainScope[*]</source>
        <translation>TrainScope[*]</translation>
    </message>
    <message>
        <source>%1[*] — TrainScope</source>
        <translation>%1[*] — TrainScope</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <source>TrainScope configurations (*.json);;All files (*)</source>
        <translation>TrainScope 配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open configuration</source>
        <translation>无法打开配置</translation>
    </message>
    <message>
        <source>Configuration opened with warnings</source>
        <translation>配置已打开，但有警告</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Save configuration as</source>
        <translation>配置另存为</translation>
    </message>
    <message>
        <source>TrainScope configurations (*.json)</source>
        <translation>TrainScope 配置 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save configuration</source>
        <translation>无法保存配置</translation>
    </message>
    <message>
        <source>The settings file %1 is not a regular file: settings are neither read nor saved.</source>
        <translation>设置文件 %1 不是普通文件：设置既不会读取也不会保存。</translation>
    </message>
    <message>
        <source>the configuration</source>
        <translation>当前配置</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>保存更改？</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>关闭前是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>About TrainScope</source>
        <translation>关于 TrainScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrainScope %1&lt;/h3&gt;&lt;p&gt;What it costs to train a Transformer language model: parameters, memory per GPU, FLOPs and training time, following the formulas of the CS190C lecture.&lt;/p&gt;&lt;p&gt;Copyright © 2026 TrainScope contributors. Free software under the GNU General Public License, version 3 or (at your option) any later version.&lt;/p&gt;&lt;p&gt;Charts are drawn with &lt;a href=&quot;https://www.qcustomplot.com/&quot;&gt;QCustomPlot&lt;/a&gt; by Emanuel Eichhammer (GPL), on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrainScope %1&lt;/h3&gt;&lt;p&gt;训练一个 Transformer 语言模型的代价：参数量、每个 GPU 的显存、FLOPs 和训练时间，按照 CS190C 课程的公式计算。&lt;/p&gt;&lt;p&gt;Copyright © 2026 TrainScope contributors。自由软件，依据 GNU 通用公共许可证第 3 版或（由你选择）任何更新版本发布。&lt;/p&gt;&lt;p&gt;图表由 Emanuel Eichhammer 的 &lt;a href=&quot;https://www.qcustomplot.com/&quot;&gt;QCustomPlot&lt;/a&gt;（GPL）绘制，运行于 Qt %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>X axis: &amp;batch size</source>
        <translation>X 轴：批大小(&amp;B)</translation>
    </message>
    <message>
        <source>X axis: &amp;sequence length</source>
        <translation>X 轴：序列长度(&amp;S)</translation>
    </message>
    <message>
        <source>Show the &amp;working</source>
        <translation>显示推导(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lecture vs PyTorch eager…</source>
        <translation>课程 vs PyTorch eager(&amp;L)…</translation>
    </message>
    <message>
        <source>Text at %1 %</source>
        <translation>文字大小 %1 %</translation>
    </message>
    <message>
        <source>Fit map</source>
        <translation>可行区域图</translation>
    </message>
    <message>
        <source>Show the &amp;fit map</source>
        <translation>显示可行区域图(&amp;F)</translation>
    </message>
    <message>
        <source>Text at %1 %: the largest that fits this %2×%3 screen</source>
        <translation>文字大小 %1 %：这块 %2×%3 屏幕能容纳的最大值</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>并行方式</translation>
    </message>
    <message>
        <source>Show the parall&amp;elism</source>
        <translation>显示并行方式(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ts::ui::MemoryChart</name>
    <message>
        <source>Peak memory per GPU</source>
        <translation>每个 GPU 的显存峰值</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU：%1</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>显存（%1）</translation>
    </message>
    <message>
        <source>fits, %1 to spare</source>
        <translation>放得下，剩余 %1</translation>
    </message>
    <message>
        <source>does not fit, %1 over</source>
        <translation>放不下，超出 %1</translation>
    </message>
    <message>
        <source>Peak %1 of %2 (%3)</source>
        <translation>峰值 %1 / %2（%3）</translation>
    </message>
    <message>
        <source>now: %1 = %2</source>
        <translation>当前：%1 = %2</translation>
    </message>
    <message>
        <source>nothing fits: even %1 = 1 exceeds the GPU</source>
        <translation>放不下：即使 %1 = 1 也超出 GPU 显存</translation>
    </message>
    <message>
        <source>largest that fits: %1 = %2</source>
        <translation>能放下的最大值：%1 = %2</translation>
    </message>
    <message>
        <source>Frozen weights</source>
        <translation>冻结权重</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Adapters</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Adapter gradients</source>
        <translation>适配器梯度</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Adapter optimizer</source>
        <translation>适配器优化器状态</translation>
    </message>
    <message>
        <source>Attention b·h·c²</source>
        <translation>注意力 b·h·c²</translation>
    </message>
    <message>
        <source>Other activations</source>
        <translation>其他激活值</translation>
    </message>
    <message>
        <source>Norm + logits</source>
        <translation>归一化 + logits</translation>
    </message>
</context>
<context>
    <name>ts::ui::OptionsPanel</name>
    <message>
        <source>Precision and optimizer</source>
        <translation>精度和优化器</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>精度(&amp;P)</translation>
    </message>
    <message>
        <source>Mixed precision runs as</source>
        <translation>混合精度运行方式</translation>
    </message>
    <message>
        <source>&amp;Optimizer</source>
        <translation>优化器(&amp;O)</translation>
    </message>
    <message>
        <source>Memory savers</source>
        <translation>节省显存</translation>
    </message>
    <message>
        <source>&amp;Checkpointing</source>
        <translation>梯度检查点(&amp;C)</translation>
    </message>
    <message>
        <source>Flash&amp;Attention</source>
        <translation>FlashAttention(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;ZeRO stage</source>
        <translation>ZeRO 阶段(&amp;Z)</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>&amp;Fine-tuning</source>
        <translation>微调方式(&amp;F)</translation>
    </message>
    <message>
        <source>LoRA &amp;rank r</source>
        <translation>LoRA 秩 r(&amp;R)</translation>
    </message>
    <message>
        <source>LoRA layer&amp;s</source>
        <translation>LoRA 层(&amp;S)</translation>
    </message>
    <message>
        <source>LoRA alp&amp;ha α</source>
        <translation>LoRA α(&amp;H)</translation>
    </message>
    <message>
        <source>Offload to host memory</source>
        <translation>卸载到主机内存</translation>
    </message>
    <message>
        <source>Offload</source>
        <translation>卸载</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>每节点 GPU 数</translation>
    </message>
    <message>
        <source>Host link</source>
        <translation>主机链路</translation>
    </message>
    <message>
        <source> GB/s</source>
        <translation> GB/s</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>模型结构</translation>
    </message>
    <message>
        <source>FFN t&amp;ype</source>
        <translation>FFN 类型(&amp;Y)</translation>
    </message>
    <message>
        <source>FFN &amp;width d_ff</source>
        <translation>FFN 宽度 d_ff(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;K/V heads</source>
        <translation>K/V 头数(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Tied embeddings</source>
        <translation>共享嵌入(&amp;T)</translation>
    </message>
    <message>
        <source>Nor&amp;malisation</source>
        <translation>归一化(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Biases</source>
        <translation>偏置(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Learned positions</source>
        <translation>可学习位置(&amp;L)</translation>
    </message>
    <message>
        <source>Parall&amp;el blocks</source>
        <translation>并行块(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Dropout</source>
        <translation>Dropout(&amp;D)</translation>
    </message>
    <message>
        <source>How TrainScope counts where sources differ: mixed precision with Adam costs 16 bytes per parameter (2 + 2 + 12, the ZeRO paper), not 18; attention FLOPs and the saved probabilities cover the full c×c matrix, with no causal halving (as the lecture and PaLM count them).</source>
        <translation>各来源不一致时 TrainScope 的计算方式：Adam 下的混合精度每个参数 16 字节（2 + 2 + 12，ZeRO 论文），而不是 18；注意力 FLOPs 和保存的概率按完整的 c×c 矩阵计算，不因因果掩码减半（与课程和 PaLM 的算法相同）。</translation>
    </message>
    <message>
        <source>Tensor parallel t</source>
        <translation>张量并行 t</translation>
    </message>
    <message>
        <source>Sequence parallel</source>
        <translation>序列并行</translation>
    </message>
    <message>
        <source>Parallel layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <source>Micro-batches m</source>
        <translation>微批次数 m</translation>
    </message>
    <message>
        <source>Pipeline stages p</source>
        <translation>流水线阶段数 p</translation>
    </message>
    <message>
        <source>Pipeline schedule</source>
        <translation>流水线调度</translation>
    </message>
    <message>
        <source>Interleaved chunks v</source>
        <translation>交错分段数 v</translation>
    </message>
    <message>
        <source>Context parallel cp</source>
        <translation>上下文并行 cp</translation>
    </message>
    <message>
        <source>Gradient reduction</source>
        <translation>梯度归约</translation>
    </message>
    <message>
        <source>GPU link</source>
        <translation>GPU 链路</translation>
    </message>
    <message>
        <source>Network per GPU</source>
        <translation>每个 GPU 的网络</translation>
    </message>
    <message>
        <source> Gb/s</source>
        <translation> Gb/s</translation>
    </message>
    <message>
        <source>Expert parallel ep</source>
        <translation>专家并行 ep</translation>
    </message>
    <message>
        <source>Experts E</source>
        <translation>专家数 E</translation>
    </message>
    <message>
        <source>Experts per token k</source>
        <translation>每词元专家数 k</translation>
    </message>
    <message>
        <source>Expert width d_e</source>
        <translation>专家宽度 d_e</translation>
    </message>
    <message>
        <source>Shared experts s</source>
        <translation>共享专家数 s</translation>
    </message>
</context>
<context>
    <name>ts::ui::ParameterPanel</name>
    <message>
        <source>Model and batch</source>
        <translation>模型和批次</translation>
    </message>
    <message>
        <source>Model p&amp;reset</source>
        <translation>模型预设(&amp;R)</translation>
    </message>
    <message>
        <source>A model preset&apos;s d_ff and K/V heads are its own figures when its source states them; 4·d and h otherwise, which follow d and h</source>
        <translation>如果模型来源给出了 d_ff 和 K/V 头数，预设使用这些数字；否则为 4·d 和 h，随 d 和 h 变化</translation>
    </message>
    <message>
        <source>&amp;Batch b</source>
        <translation>批大小 b(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Seq. length c</source>
        <translation>序列长度 c(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Width d</source>
        <translation>宽度 d(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Layers L</source>
        <translation>层数 L(&amp;L)</translation>
    </message>
    <message>
        <source>Hea&amp;ds h</source>
        <translation>头数 h(&amp;D)</translation>
    </message>
    <message>
        <source>V&amp;ocabulary v</source>
        <translation>词表 v(&amp;O)</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>GPU t&amp;ype</source>
        <translation>GPU 型号(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;GPUs</source>
        <translation>GPU 数(&amp;G)</translation>
    </message>
    <message>
        <source>GPU &amp;memory</source>
        <translation>GPU 显存(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Peak / GPU</source>
        <translation>单卡峰值(&amp;P)</translation>
    </message>
    <message>
        <source> TFLOP/s</source>
        <translation> TFLOP/s</translation>
    </message>
    <message>
        <source>MF&amp;U</source>
        <translation>MFU(&amp;U)</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>训练过程</translation>
    </message>
    <message>
        <source>D&amp;ataset</source>
        <translation>数据集(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <extracomment>millions of tokens</extracomment>
        <translation>Token 数(&amp;T)</translation>
    </message>
    <message>
        <source> M</source>
        <translation> M</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation>轮数(&amp;E)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>an input&apos;s key and value, &quot;d_ff = 11008&quot;</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 kept from %2: stated by the model, not derived from d and h.</source>
        <extracomment>the preset&apos;s own figures (&quot;d_ff = 11008&quot;), the preset&apos;s name</extracomment>
        <translation>%1 沿用 %2 的数字：由模型给出，而不是从 d 和 h 推出。</translation>
    </message>
    <message>
        <source>%1 peak of %2</source>
        <extracomment>peak kind (&quot;BF16 tensor&quot;), GPU name</extracomment>
        <translation>%2 的 %1 峰值</translation>
    </message>
    <message>
        <source>Peak as given; %1: %2 %3</source>
        <extracomment>GPU name, its peak (&quot;312 TFLOP/s&quot;) and the peak&apos;s kind</extracomment>
        <translation>峰值按输入值；%1：%2 %3</translation>
    </message>
    <message>
        <source>Peak as given</source>
        <translation>峰值按输入值</translation>
    </message>
    <message>
        <source>Presets from resources/presets with their sources; values typed afterwards win, as on the command line</source>
        <translation>来自 resources/presets 的预设及其出处；之后输入的值优先，与命令行相同</translation>
    </message>
    <message>
        <source>Which peak the training time uses: the GPU preset&apos;s for the precision (docs/formulas.md §8.1), or the one typed</source>
        <translation>训练时间使用的峰值：GPU 预设在该精度下的峰值（docs/formulas.md §8.1），或手动输入的值</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>使用预设</translation>
    </message>
    <message>
        <source>Use the GPU preset&apos;s peak for the precision again</source>
        <translation>重新使用 GPU 预设在该精度下的峰值</translation>
    </message>
</context>
<context>
    <name>ts::ui::PresetCombo</name>
    <message>
        <source>Sets the GPU memory and the peak FLOP/s for the precision. Typing either by hand keeps the other from the preset.</source>
        <translation>设置 GPU 显存和该精度下的峰值 FLOP/s。手动输入其中一项时，另一项仍取自预设。</translation>
    </message>
    <message>
        <source>RTX 3090, as in the lecture</source>
        <translation>RTX 3090，同课程</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Memory and peak as typed.</source>
        <translation>显存和峰值按输入值。</translation>
    </message>
    <message>
        <source>Sets the tokens to the dataset&apos;s size.</source>
        <translation>把 token 数设为数据集的大小。</translation>
    </message>
    <message>
        <source>Tokens as typed.</source>
        <translation>Token 数按输入值。</translation>
    </message>
    <message>
        <source>%1: %2 tokens</source>
        <extracomment>dataset name, its size in tokens (&quot;103 M&quot;)</extracomment>
        <translation>%1：%2 个 token</translation>
    </message>
    <message>
        <source>Sets the architecture and its context as c; b stays.</source>
        <translation>设置模型结构，并把其上下文长度设为 c；b 不变。</translation>
    </message>
    <message>
        <source>Architecture as typed.</source>
        <translation>模型结构按输入值。</translation>
    </message>
    <message>
        <source>%1

Note: %2</source>
        <translation>%1

注：%2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>the source of a preset&apos;s figures, shown as a tooltip</extracomment>
        <translation>出处：%1</translation>
    </message>
</context>
<context>
    <name>ts::ui::ResultsPanel</name>
    <message>
        <source>⚠ Some inputs are invalid: showing the last valid estimate.</source>
        <translation>⚠ 部分输入无效：显示最后一次有效的估算。</translation>
    </message>
    <message>
        <source>Peak memory per GPU</source>
        <translation>每个 GPU 的显存峰值</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>of which frozen</source>
        <translation>其中冻结的</translation>
    </message>
    <message>
        <source>LoRA: the weights that are not trained, kept once at their storage width, NF4 under QLoRA (docs/formulas.md §8.7)</source>
        <translation>LoRA：不训练的权重，按存储宽度保存一份，QLoRA 下为 NF4（docs/formulas.md §8.7）</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>attention b·h·c²</source>
        <translation>注意力 b·h·c²</translation>
    </message>
    <message>
        <source>other per-block</source>
        <translation>其他逐块张量</translation>
    </message>
    <message>
        <source>final norm + logits</source>
        <translation>最后归一化 + logits</translation>
    </message>
    <message>
        <source>Host memory per node</source>
        <translation>每节点主机内存</translation>
    </message>
    <message>
        <source>Offload: the gradients, master weights and moments (and with the weights offloaded, the weights) that each GPU&apos;s process keeps in host memory, times the GPUs of a node (docs/formulas.md §8.8)</source>
        <translation>卸载：每个 GPU 的进程放在主机内存中的梯度、主权重和动量（卸载权重时还包括权重），乘以每节点的 GPU 数（docs/formulas.md §8.8）</translation>
    </message>
    <message>
        <source>Host link per step</source>
        <translation>每步主机链路传输</translation>
    </message>
    <message>
        <source>Offload: the larger direction&apos;s bytes over one GPU&apos;s host link in one optimizer step, and their time at the link&apos;s bandwidth (docs/formulas.md §8.8)</source>
        <translation>卸载：一个优化器步中经单个 GPU 的主机链路传输的较大方向的字节数，及其按链路带宽计算的时间（docs/formulas.md §8.8）</translation>
    </message>
    <message>
        <source>Model, compute and time</source>
        <translation>模型、计算量和时间</translation>
    </message>
    <message>
        <source>Parameters N</source>
        <translation>参数量 N</translation>
    </message>
    <message>
        <source>Max batch (exact)</source>
        <translation>最大批大小（精确）</translation>
    </message>
    <message>
        <source>Max batch, slide approx.</source>
        <translation>最大批大小（幻灯片近似）</translation>
    </message>
    <message>
        <source>FLOPs/step: forward</source>
        <translation>每步 FLOPs：前向</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>total per step</source>
        <translation>每步合计</translation>
    </message>
    <message>
        <source>of which recompute</source>
        <translation>其中重算</translation>
    </message>
    <message>
        <source>Forward work that checkpointing or FlashAttention redo in backward (docs/formulas.md §8.3)</source>
        <translation>梯度检查点或 FlashAttention 在反向传播中重做的前向计算（docs/formulas.md §8.3）</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>The lecture&apos;s count of steps: tokens · epochs / (b · c)</source>
        <translation>课程的步数：tokens · epochs / (b · c)</translation>
    </message>
    <message>
        <source>Global batch</source>
        <translation>全局批大小</translation>
    </message>
    <message>
        <source>Optimizer steps</source>
        <translation>优化器步数</translation>
    </message>
    <message>
        <source>tokens · epochs / (global batch · c)</source>
        <translation>tokens · epochs / (全局批大小 · c)</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <extracomment>memory of one term, then its share of the GPU&apos;s memory
----------
bytes over the host link per step, and their time (&quot;unknown link&quot; without a bandwidth)</extracomment>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>The slide&apos;s shortcut (M − (256Ld² + 32dv)) / (4Lc(20d + hc)) assumes the lecture&apos;s fp32 model trained in full with AdamW; with the options chosen it does not apply, and the exact figure above is the answer.</source>
        <translation>幻灯片的简化公式 (M − (256Ld² + 32dv)) / (4Lc(20d + hc)) 假设课程的 fp32 模型用 AdamW 全量训练；在所选选项下不适用，以上面的精确值为准。</translation>
    </message>
    <message>
        <source>%1 (none)</source>
        <translation>%1（无）</translation>
    </message>
    <message>
        <source>The slide&apos;s shortcut (M − (256Ld² + 32dv)) / (4Lc(20d + hc)): the exact count&apos;s largest terms</source>
        <translation>幻灯片的简化公式 (M − (256Ld² + 32dv)) / (4Lc(20d + hc))：精确计数中最大的几项</translation>
    </message>
    <message>
        <source>⚠ one step holds more than the whole run</source>
        <extracomment>seconds and hours of training, on one GPU or on %3 GPUs</extracomment>
        <translation>⚠ 一步包含的 token 比整个训练还多</translation>
    </message>
    <message>
        <source>%1 = %2 h on 1 GPU</source>
        <translation>%1 = %2 h，1 个 GPU</translation>
    </message>
    <message>
        <source>%1 = %2 h on %3 GPUs</source>
        <translation>%1 = %2 h，%3 个 GPU</translation>
    </message>
    <message>
        <source>One optimizer step (b × gradient accumulation × GPUs sequences of c tokens) holds more tokens than tokens × epochs: the time is that of the run&apos;s tokens at the step&apos;s rate, a fraction of one step.</source>
        <translation>一个优化器步（b × 梯度累积 × GPU 数个长度为 c 的序列）包含的 token 多于 tokens × epochs：时间是按该步的速度处理整个训练的 token，不到一步。</translation>
    </message>
    <message>
        <source>%1  (1 GPU)</source>
        <extracomment>host memory of one node, and how many GPUs share it</extracomment>
        <translation>%1  （1 个 GPU）</translation>
    </message>
    <message>
        <source>%1  (%2 GPUs)</source>
        <translation>%1  （%2 个 GPU）</translation>
    </message>
    <message>
        <source>unknown link</source>
        <translation>链路未知</translation>
    </message>
    <message>
        <source>The transfer takes longer than the step&apos;s computation (%1): the training time is at least the transfer time per step.</source>
        <translation>传输时间比该步的计算时间（%1）更长：训练时间至少是每步的传输时间。</translation>
    </message>
    <message>
        <source>%1, %2 r = %3 (%4 trainable)</source>
        <extracomment>optimizer, fine-tuning (&quot;QLoRA&quot;), rank, trainable parameters (&quot;160 M&quot;)</extracomment>
        <translation>%1，%2 r = %3（%4 可训练）</translation>
    </message>
    <message>
        <source>%1 (autocast)</source>
        <extracomment>precision (&quot;bf16-mixed&quot;) run under torch.autocast</extracomment>
        <translation>%1（autocast）</translation>
    </message>
    <message>
        <source>%1, %2 · peak %3 per GPU, as given</source>
        <extracomment>precision (&quot;bf16-mixed&quot;), optimizer, the peak FLOP/s per GPU and its kind (&quot;BF16 tensor&quot;)</extracomment>
        <translation>%1，%2 · 每个 GPU 峰值 %3，按输入值</translation>
    </message>
    <message>
        <source>%1, %2 · %4 peak %3 per GPU</source>
        <translation>%1，%2 · 每个 GPU %4 峰值 %3</translation>
    </message>
    <message>
        <source>Sequences per optimizer step: b × gradient accumulation × GPUs / t, the data-parallel groups of t tensor-parallel GPUs (docs/formulas.md §8.5, §8.9)</source>
        <translation>每个优化器步的序列数：b × 梯度累积 × GPU 数 / t，即由 t 个张量并行 GPU 组成的数据并行组（docs/formulas.md §8.5、§8.9）</translation>
    </message>
</context>
<context>
    <name>ts::ui::SafeFile</name>
    <message>
        <source>a directory</source>
        <translation>一个目录</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>一个管道</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>一个设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>一个特殊文件</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>cannot read: it is %1, not a regular file</source>
        <translation>无法读取：它是%1，不是普通文件</translation>
    </message>
    <message>
        <source>larger than %1 bytes; refused unread</source>
        <translation>大于 %1 字节；拒绝读取</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>没有文件名</translation>
    </message>
    <message>
        <source>it is %1; refusing to replace it</source>
        <translation>它是%1；拒绝替换</translation>
    </message>
</context>
<context>
    <name>ts::ui::ScenarioFile</name>
    <message>
        <source>%1: unknown key %2 ignored</source>
        <translation>%1：忽略未知键 %2</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>expected a preset id (see --list-presets), got %1</source>
        <translation>应为预设 id（见 --list-presets），实际为 %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>expected a list of pinned configurations, got %1</source>
        <translation>应为固定配置的列表，实际为 %1</translation>
    </message>
    <message>
        <source>%1: pins: %2 pinned configurations; the first %3 are kept</source>
        <translation>%1：pins：有 %2 个固定配置；只保留前 %3 个</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>missing; this is not a TrainScope configuration file</source>
        <translation>缺失；这不是 TrainScope 配置文件</translation>
    </message>
    <message>
        <source>expected 1 or %1, got %2</source>
        <translation>应为 1 或 %1，实际为 %2</translation>
    </message>
    <message>
        <source>larger than 1 MiB; not a configuration file</source>
        <translation>大于 1 MiB；不是配置文件</translation>
    </message>
    <message>
        <source>%1 has no %2 peak; choose another precision or give hardware.gpu_flops</source>
        <translation>%1 没有 %2 峰值；请选择其他精度或给出 hardware.gpu_flops</translation>
    </message>
</context>
<context>
    <name>ts::ui::StageChart</name>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>显存（%1）</translation>
    </message>
    <message>
        <source>peak: stage %1, %2</source>
        <translation>峰值：阶段 %1，%2</translation>
    </message>
    <message>
        <source>Memory per stage</source>
        <translation>各阶段显存</translation>
    </message>
    <message>
        <source>Weights + states</source>
        <translation>权重 + 状态</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>流水线阶段</translation>
    </message>
</context>
<context>
    <name>ts::ui::TimeBreakdownChart</name>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>recompute</source>
        <translation>重算</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <source>tensor-parallel all-reduces</source>
        <translation>张量并行全归约</translation>
    </message>
    <message>
        <source>pipeline sends</source>
        <translation>流水线发送</translation>
    </message>
    <message>
        <source>context-parallel ring</source>
        <translation>上下文并行环形通信</translation>
    </message>
    <message>
        <source>gradient reduction</source>
        <translation>梯度归约</translation>
    </message>
    <message>
        <source>Seconds per optimizer step</source>
        <translation>每个优化器步的秒数</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>a part of a step&apos;s time: its name, seconds and share of the step</extracomment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>expert all-to-alls</source>
        <translation>专家全交换</translation>
    </message>
</context>
<context>
    <name>ts::ui::TimeChart</name>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>does not fit the GPU</source>
        <translation>GPU 放不下</translation>
    </message>
    <message>
        <source>Training time %1 (%2 s)</source>
        <translation>训练时间 %1（%2 s）</translation>
    </message>
    <message>
        <source>fits the GPU</source>
        <translation>GPU 放得下</translation>
    </message>
    <message>
        <source>does not fit the GPU: the time if it did</source>
        <translation>GPU 放不下：假如放得下所需的时间</translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation>%1 = %2：%3</translation>
    </message>
</context>
<context>
    <name>ts::ui::WarningLabel</name>
    <message>
        <source>Invalid value.</source>
        <translation>无效的值。</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>不能小于 %1。</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>不能大于 %1。</translation>
    </message>
    <message>
        <source>Must be a finite number.</source>
        <translation>必须是有限的数。</translation>
    </message>
    <message>
        <source>h = %1 does not divide d = %2, so d/h is not a whole head size.</source>
        <translation>h = %1 不能整除 d = %2，因此 d/h 不是整数的头大小。</translation>
    </message>
    <message>
        <source>The K/V heads (%1) must divide the heads h = %2.</source>
        <translation>K/V 头数（%1）必须整除头数 h = %2。</translation>
    </message>
    <message>
        <source>Too large to count exactly (beyond 64 bits); showing the last valid result.</source>
        <translation>太大，无法精确计数（超过 64 位）；显示最后一次有效的结果。</translation>
    </message>
    <message>
        <source>PyTorch eager accounting covers only the lecture&apos;s configuration.</source>
        <translation>PyTorch eager 口径只适用于课程的配置。</translation>
    </message>
    <message>
        <source>%1 has no %2 peak for %3: choose another precision or GPU, or type a peak.</source>
        <extracomment>GPU name, peak kind (&quot;BF16 tensor&quot;), precision (&quot;bf16-mixed&quot;)</extracomment>
        <translation>%1 在 %3 下没有 %2 峰值：请选择其他精度或 GPU，或输入峰值。</translation>
    </message>
    <message>
        <source>t = %1 must divide the heads (%2), the K/V heads (%3) and d_ff (%4).</source>
        <translation>t = %1 必须整除头数（%2）、K/V 头数（%3）和 d_ff（%4）。</translation>
    </message>
    <message>
        <source>Tensor, pipeline and context parallelism are modelled for full training without offload: set t, p and cp to 1 for LoRA, QLoRA or offload.</source>
        <translation>张量并行、流水线并行和上下文并行只针对不卸载的全量训练建模：使用 LoRA、QLoRA 或卸载时请将 t、p 和 cp 设为 1。</translation>
    </message>
    <message>
        <source>t × p × cp = %1 must divide the GPUs (%2).</source>
        <translation>t × p × cp = %1 必须整除 GPU 数（%2）。</translation>
    </message>
    <message>
        <source>p × v = %1 must divide the layers L = %2.</source>
        <translation>p × v = %1 必须整除层数 L = %2。</translation>
    </message>
    <message>
        <source>p = %1 must divide the layers L = %2.</source>
        <translation>p = %1 必须整除层数 L = %2。</translation>
    </message>
    <message>
        <source>The interleaved schedule needs the micro-batches (%1) to be a multiple of p = %2.</source>
        <translation>交错调度要求微批次数（%1）是 p = %2 的倍数。</translation>
    </message>
    <message>
        <source>cp = %1 must divide the sequence length c = %2.</source>
        <translation>cp = %1 必须整除序列长度 c = %2。</translation>
    </message>
    <message>
        <source>k = %1 must not exceed the experts E = %2.</source>
        <translation>k = %1 不能超过专家数 E = %2。</translation>
    </message>
    <message>
        <source>ep = %1 must divide the experts (%2) and the data-parallel replicas (%3).</source>
        <translation>ep = %1 必须整除专家数（%2）和数据并行副本数（%3）。</translation>
    </message>
    <message>
        <source>Mixtures of experts are modelled for full training without offload: set the experts to 0 for LoRA, QLoRA or offload.</source>
        <translation>混合专家仅针对不卸载的全量训练建模：使用 LoRA、QLoRA 或卸载时请将专家数设为 0。</translation>
    </message>
</context>
<context>
    <name>ts::ui::WorkingPanel</name>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy as LaTeX</source>
        <translation>复制为 LaTeX</translation>
    </message>
    <message>
        <source>⚠ Some inputs are invalid: this is the working of the last valid configuration.</source>
        <translation>⚠ 部分输入无效：这是最后一个有效配置的推导。</translation>
    </message>
</context>
<context>
    <name>ts::ui::chartexport</name>
    <message>
        <source>The image size must be positive.</source>
        <translation>图像尺寸必须为正数。</translation>
    </message>
    <message>
        <source>The image would be too large.</source>
        <translation>图像会过大。</translation>
    </message>
    <message>
        <source>The scenario is invalid, so there is nothing to draw.</source>
        <translation>配置无效，没有可绘制的内容。</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>没有给出文件名。</translation>
    </message>
    <message>
        <source>Cannot encode %1: %2</source>
        <translation>无法编码 %1：%2</translation>
    </message>
    <message>
        <source>TrainScope chart</source>
        <translation>TrainScope 图表</translation>
    </message>
</context>
<context>
    <name>ts::ui::chartstyle</name>
    <message>
        <source>Batch size b (sequences per step)</source>
        <translation>批大小 b（每步序列数）</translation>
    </message>
    <message>
        <source>Sequence length c (tokens)</source>
        <translation>序列长度 c（token 数）</translation>
    </message>
    <message>
        <source>Inputs invalid: this is the last valid estimate</source>
        <translation>输入无效：这是最后一次有效的估算</translation>
    </message>
</context>
<context>
    <name>ts::ui::exportnaming</name>
    <message>
        <source>custom model</source>
        <translation>自定义模型</translation>
    </message>
    <message>
        <source>custom GPU</source>
        <translation>自定义 GPU</translation>
    </message>
    <message>
        <source>%1 × %2, MFU %3</source>
        <extracomment>GPU name, how many, the model FLOPs utilisation</extracomment>
        <translation>%1 × %2，MFU %3</translation>
    </message>
</context>
<context>
    <name>ts::ui::resultsmarkdown</name>
    <message>
        <source>Parameters N</source>
        <translation>参数量 N</translation>
    </message>
    <message>
        <source>Peak memory per GPU</source>
        <translation>每个 GPU 的显存峰值</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 / %2（%3）</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>yes, %1 to spare</source>
        <translation>是，剩余 %1</translation>
    </message>
    <message>
        <source>no, %1 over</source>
        <translation>否，超出 %1</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>能放下的最大批大小</translation>
    </message>
    <message>
        <source>FLOPs per step (forward + backward + optimizer)</source>
        <translation>每步 FLOPs（前向 + 反向 + 优化器）</translation>
    </message>
    <message>
        <source>Optimizer steps</source>
        <translation>优化器步数</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1（%2 h）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
</TS>
