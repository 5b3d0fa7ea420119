"""Export stage: the flat projection and the file formats built on it."""
