# The two entry points of the README. Both install what they need first.
#   make report   — the main job: the paradox report into Figures/ (egov report)
#   make test     — the whole test suite
#   make notebooks — rerun the literate notebooks (Notebooks/*/README.md and figures)
#   make docs     — API documentation (DocC): one combined archive of the library's modules
#   make bench    — release benchmarks against numpy/statsmodels/scipy/matplotlib/linearmodels/R
#                   (Benchmarks/RESULTS.md; writes Benchmarks/results.json)
SWIFT ?= swift
APT_PACKAGES := libcairo2-dev libpango1.0-dev pkg-config fonts-dejavu-core poppler-utils texlive-latex-base texlive-latex-recommended chromium

.PHONY: deps test report build release clean bench notebooks docs

# Installs the system libraries (Cairo, Pango, a font, poppler for PDF checks,
# pdflatex with booktabs for the LaTeX tables' compile tests, chromium for the report's
# browser check scripts/check-report-html.sh)
# when pkg-config cannot find them. Needs root or sudo on Debian/Ubuntu.
deps:
	@if ! pkg-config --exists pangocairo cairo 2>/dev/null || ! command -v pdffonts >/dev/null 2>&1 \
	   || ! command -v pdflatex >/dev/null 2>&1 || ! kpsewhich booktabs.sty >/dev/null 2>&1 \
	   || ! command -v chromium >/dev/null 2>&1; then \
	  echo "Installing system packages: $(APT_PACKAGES)"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

report: deps
	$(SWIFT) build -c release --product egov
	$(SWIFT) run -c release --skip-build egov report --out Figures

# Reruns the literate notebooks; each rewrites Notebooks/<Name>/README.md and figures/.
notebooks: deps
	$(SWIFT) run kazakhstan-case-study
	$(SWIFT) run post-soviet-panel
	$(SWIFT) run replication
	$(SWIFT) run study
	scripts/render-env.sh > Notebooks/render-env.txt
# DocC archive of the library (the umbrella's catalog links into every module):
# .build/plugins/Swift-DocC/outputs/EGovParadox.doccarchive. Preview it with
# `swift package --disable-sandbox preview-documentation --target EGovParadox` or open it in Xcode.
DOC_TARGETS := Stats PanelData Modeling Plot PlotCairo Paradox EGovParadox
docs: deps
	$(SWIFT) package generate-documentation $(foreach t,$(DOC_TARGETS),--target $(t)) --enable-experimental-combined-documentation

# The touch makes the harness and the CLI recompile: an incremental release build can keep
# stale inlined copies of Stats functions in them (Benchmarks/RESULTS.md, "Stale builds").
bench: deps
	touch Benchmarks/Sources/egov-bench/main.swift Sources/egov/*.swift
	$(SWIFT) build -c release --product egov-bench
	$(SWIFT) build -c release --product egov
	python3 -m pip install -q numpy scipy statsmodels matplotlib linearmodels threadpoolctl pandas
	python3 Benchmarks/compare.py

clean:
	rm -rf .build
