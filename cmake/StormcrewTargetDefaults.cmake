# Compile settings every Stormcrew target shares: strict string casts, warnings, sanitizers.

function(stormcrew_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS
        STORMCREW_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(STORMCREW_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

if(STORMCREW_SANITIZE)
    # Applied globally so that every object, Qt's generated code included, is instrumented alike.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
