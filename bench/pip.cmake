# Point-in-polygon benchmark (bench_pip): include(pip.cmake) from bench/CMakeLists.txt.
# Needs the real data beside the checkout (../shared/data) and gzip, ogr2ogr, ogrinfo on PATH.
add_executable(bench_pip ${CMAKE_CURRENT_LIST_DIR}/bench_pip.cpp)
stormcrew_target_defaults(bench_pip)
target_link_libraries(bench_pip PRIVATE stormcrew_model)
target_compile_definitions(bench_pip PRIVATE SHARED_DATA_DIR="${STORMCREW_SHARED_DATA_DIR}")
