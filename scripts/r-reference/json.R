# Minimal JSON writer for the reference scripts (no package needed): numbers with 17
# significant digits, NA/NaN/Inf as null. Named lists are objects, unnamed lists arrays;
# wrap a numeric vector in arr() to force an array even when it has length 1.
arr <- function(x) structure(list(x), class = "json_array")

to_json <- function(x) {
  if (inherits(x, "json_array")) {
    v <- x[[1]]
    if (length(v) == 0) return("[]")
    return(paste0("[", paste(vapply(as.list(v), to_json, ""), collapse = ","), "]"))
  }
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (!is.null(names(x))) {
      parts <- vapply(names(x), function(k) paste0("\"", k, "\":", to_json(x[[k]])), "")
      return(paste0("{", paste(parts, collapse = ","), "}"))
    }
    return(paste0("[", paste(vapply(x, to_json, ""), collapse = ","), "]"))
  }
  if (length(x) != 1) return(to_json(arr(x)))
  if (is.character(x)) return(paste0("\"", x, "\""))
  if (is.logical(x)) return(if (is.na(x)) "null" else if (x) "true" else "false")
  if (!is.finite(x)) return("null")
  sprintf("%.17g", x)
}
