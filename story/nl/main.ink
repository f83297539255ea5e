// De dans — the whole story. Mechanics come from ../common/dance.ink; this folder holds text.
INCLUDE ../common/dance.ink
INCLUDE ../common/settle.ink
INCLUDE ../common/phase1.ink
INCLUDE ../common/phase2.ink
INCLUDE ../common/phase3.ink
INCLUDE ../common/phase4.ink
INCLUDE ../common/phase5.ink
INCLUDE words.ink
INCLUDE phase1.ink
INCLUDE phase2.ink
INCLUDE phase3.ink
INCLUDE phase4.ink
INCLUDE phase5.ink
INCLUDE endings.ink

-> party
